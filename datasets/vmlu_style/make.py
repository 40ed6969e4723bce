"""Build the VMLU-style four-choice question set (dev.jsonl, test.jsonl).

Run from the repository root:

    python datasets/vmlu_style/make.py

Everything here was written for this project. No question is copied from
VMLU or from any exam bank. Questions come from two sources:

* authored factual questions (well-established facts only), kept below as
  Python data: (question, correct answer, [three wrong answers]);
* generated questions (maths, physics, chemistry, biology, computing,
  economics, personal finance), where the code computes the right answer and
  builds the wrong answers from typical mistakes (wrong operation, forgotten
  step, off-by-one, wrong formula).

The answer position is assigned so that A/B/C/D are balanced inside every
subject. The first 5 questions of each subject (after a seeded shuffle) go to
dev.jsonl for few-shot prompts; the rest go to test.jsonl.

Standard library only; deterministic (random.Random(20261123)).
"""

from __future__ import annotations

import json
import math
import os
import random
import unicodedata
from fractions import Fraction

SEED = 20261123
HERE = os.path.dirname(os.path.abspath(__file__))
LETTERS = "ABCD"
DEV_PER_SUBJECT = 5


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


# ---------------------------------------------------------------------------
# number formatting (Vietnamese: decimal comma, dot as thousands separator
# from 10 000 upwards)
# ---------------------------------------------------------------------------

def fmt(x, decimals: int = 2) -> str:
    if isinstance(x, Fraction):
        x = float(x)
    if isinstance(x, float) and abs(x - round(x)) < 1e-9:
        x = int(round(x))
    if x < 0:
        return "-" + fmt(-x, decimals)
    if isinstance(x, int):
        s = str(x)
        if x >= 10000:
            groups = []
            while s:
                groups.append(s[-3:])
                s = s[:-3]
            s = ".".join(reversed(groups))
        return s
    s = f"{x:.{decimals}f}".rstrip("0").rstrip(".")
    whole, _, frac = s.partition(".")
    return fmt(int(whole)) + ("," + frac if frac else "")


def frac_str(f: Fraction) -> str:
    f = Fraction(f)
    if f.denominator == 1:
        return str(f.numerator)
    return f"{f.numerator}/{f.denominator}"


def pick_distractors(correct: str, candidates, fallback=()) -> list[str]:
    """First three candidate strings that differ from the answer and each other."""
    out: list[str] = []
    seen = {correct}
    for c in list(candidates) + list(fallback):
        if c is None:
            continue
        c = str(c)
        if not c.strip() or c in seen:
            continue
        seen.add(c)
        out.append(c)
        if len(out) == 3:
            return out
    raise ValueError(f"not enough distractors for {correct!r}: {out}")


def num_q(question, correct, cands, unit="", decimals=2, positive=True):
    """Numeric question: format answer and candidates with the same unit."""
    def f(v):
        if not unit:
            return fmt(v, decimals)
        return fmt(v, decimals) + (unit if unit[0] in "°%" else f" {unit}")
    good = [c for c in cands if c is not None and (not positive or c > 0)]
    if isinstance(correct, Fraction):
        correct = float(correct)
    step = max(1, int(abs(correct)) // 10) if float(correct).is_integer() else 1
    fallback = [correct + k * step for k in (1, -1, 2, -2, 3, -3, 4, 5)]
    fallback = [v for v in fallback if not positive or v > 0]
    ans = f(correct)
    return (question, ans, pick_distractors(ans, [f(c) for c in good], [f(c) for c in fallback]))


# ---------------------------------------------------------------------------
# subjects: (name, group, level)
# ---------------------------------------------------------------------------

SUBJECTS = [
    ("Toán tiểu học", "STEM", "Tiểu học"),
    ("Toán THCS", "STEM", "THCS"),
    ("Toán THPT", "STEM", "THPT"),
    ("Vật lý THPT", "STEM", "THPT"),
    ("Hóa học THPT", "STEM", "THPT"),
    ("Sinh học THPT", "STEM", "THPT"),
    ("Tin học đại cương", "STEM", "Đại học"),
    ("Địa lý Việt Nam", "Khoa học xã hội", "THCS"),
    ("Kinh tế học cơ bản", "Khoa học xã hội", "Đại học"),
    ("Giáo dục công dân", "Khoa học xã hội", "THPT"),
    ("Lịch sử Việt Nam", "Nhân văn", "THPT"),
    ("Tiếng Việt", "Nhân văn", "THCS"),
    ("Văn học Việt Nam", "Nhân văn", "THPT"),
    ("An toàn lao động", "Khác", "Chuyên nghiệp"),
    ("Tài chính cá nhân", "Khác", "Chuyên nghiệp"),
    ("Sơ cứu y tế", "Khác", "Chuyên nghiệp"),
]

# ---------------------------------------------------------------------------
# authored questions: (question, correct, [wrong, wrong, wrong])
# ---------------------------------------------------------------------------

AUTHORED: dict[str, list[tuple[str, str, list[str]]]] = {}

AUTHORED["Vật lý THPT"] = [
    ("Trong hệ đơn vị SI, đơn vị đo lực là", "Niutơn (N)", ["Jun (J)", "Oát (W)", "Paxcan (Pa)"]),
    ("Trong hệ đơn vị SI, đơn vị đo công suất là", "Oát (W)", ["Jun (J)", "Niutơn (N)", "Vôn (V)"]),
    ("Đơn vị đo điện trở là", "Ôm (Ω)", ["Ampe (A)", "Vôn (V)", "Oát (W)"]),
    ("Tốc độ của ánh sáng trong chân không xấp xỉ bằng", "3 × 10⁸ m/s", ["3 × 10⁵ m/s", "340 m/s", "3 × 10¹² m/s"]),
    ("Âm thanh KHÔNG truyền được trong môi trường nào sau đây?", "Chân không", ["Không khí", "Nước", "Thép"]),
    ("Nếu bỏ qua sức cản của không khí, các vật rơi tự do tại cùng một nơi sẽ", "Rơi với cùng một gia tốc", ["Vật nặng hơn luôn rơi với gia tốc lớn hơn", "Vật nhẹ hơn luôn rơi với gia tốc lớn hơn", "Rơi với vận tốc không đổi"]),
]

AUTHORED["Hóa học THPT"] = [
    ("Kí hiệu hóa học của nguyên tố sắt là", "Fe", ["S", "Si", "F"]),
    ("Kí hiệu hóa học của nguyên tố vàng là", "Au", ["Ag", "Al", "Ar"]),
    ("Kim loại nào sau đây ở trạng thái lỏng ở điều kiện thường?", "Thủy ngân", ["Chì", "Nhôm", "Đồng"]),
    ("Ở 25 °C, dung dịch có pH = 7 có môi trường", "Trung tính", ["Axit", "Bazơ", "Axit yếu"]),
    ("Nhúng giấy quỳ tím vào dung dịch HCl, quỳ tím chuyển sang màu", "Đỏ", ["Xanh", "Vàng", "Không đổi màu"]),
    ("Dung dịch phenolphtalein không màu chuyển sang màu hồng trong môi trường nào?", "Bazơ", ["Axit mạnh", "Trung tính", "Axit yếu"]),
    ("Khí nào chiếm tỉ lệ thể tích lớn nhất trong không khí khô?", "Nitơ (N2)", ["Oxi (O2)", "Cacbon đioxit (CO2)", "Hiđro (H2)"]),
    ("Số hiệu nguyên tử (Z) của một nguyên tố bằng", "Số proton trong hạt nhân", ["Số nơtron trong hạt nhân", "Tổng số proton và nơtron", "Số lớp electron"]),
    ("Công thức hóa học của muối ăn là", "NaCl", ["KCl", "NaOH", "Na2CO3"]),
    ("Kim loại dẫn điện tốt nhất là", "Bạc (Ag)", ["Đồng (Cu)", "Nhôm (Al)", "Sắt (Fe)"]),
    ("Khí thải nào từ hoạt động của con người là nguyên nhân chủ yếu gây hiệu ứng nhà kính?", "CO2", ["O2", "N2", "He"]),
]

AUTHORED["Sinh học THPT"] = [
    ("Quá trình quang hợp ở thực vật diễn ra chủ yếu ở bào quan nào?", "Lục lạp", ["Ti thể", "Ribôxôm", "Bộ máy Gôngi"]),
    ("Hô hấp tế bào tạo ra phần lớn ATP cho tế bào nhân thực diễn ra chủ yếu ở bào quan nào?", "Ti thể", ["Lưới nội chất", "Không bào", "Lizôxôm"]),
    ("Tế bào sinh dưỡng bình thường của người có bao nhiêu nhiễm sắc thể?", "46", ["23", "44", "48"]),
    ("Trong phân tử ADN, nuclêôtit loại A liên kết bổ sung với nuclêôtit loại nào?", "T", ["G", "X", "U"]),
    ("Loại nuclêôtit nào có trong ARN nhưng không có trong ADN?", "Uraxin (U)", ["Timin (T)", "Ađênin (A)", "Guanin (G)"]),
    ("Thành phần nào của máu chứa hemoglobin và làm nhiệm vụ vận chuyển oxi?", "Hồng cầu", ["Bạch cầu", "Tiểu cầu", "Huyết tương"]),
    ("Hoocmôn insulin, có tác dụng làm giảm đường huyết, do cơ quan nào tiết ra?", "Tuyến tụy", ["Tuyến giáp", "Tuyến yên", "Tuyến nước bọt"]),
    ("Trong hệ nhóm máu ABO, nhóm máu nào được gọi là nhóm máu \"chuyên cho\"?", "Nhóm O", ["Nhóm A", "Nhóm B", "Nhóm AB"]),
    ("Trong quá trình quang hợp, cây xanh hấp thụ khí nào từ không khí?", "CO2", ["O2", "N2", "H2"]),
    ("Thiếu iốt trong khẩu phần ăn kéo dài có thể gây bệnh nào?", "Bướu cổ", ["Còi xương", "Quáng gà", "Scorbut"]),
    ("Thiếu vitamin D ở trẻ em có thể gây bệnh nào?", "Còi xương", ["Bướu cổ", "Quáng gà", "Scorbut"]),
    ("Cơ quan nào lọc máu và tạo thành nước tiểu?", "Thận", ["Gan", "Phổi", "Dạ dày"]),
    ("Vi khuẩn có cấu tạo tế bào thuộc loại nào?", "Tế bào nhân sơ", ["Tế bào nhân thực", "Không có cấu tạo tế bào", "Tế bào thực vật"]),
    ("Đơn vị cấu tạo và chức năng cơ bản của cơ thể sống là", "Tế bào", ["Mô", "Cơ quan", "Phân tử ADN"]),
    ("Ở một loài, alen A trội hoàn toàn so với alen a. Phép lai P: Aa × Aa cho tỉ lệ kiểu hình ở F1 là", "3 trội : 1 lặn", ["1 trội : 1 lặn", "100% trội", "9 : 3 : 3 : 1"]),
    ("Ở một loài, alen A trội hoàn toàn so với alen a. Phép lai P: Aa × aa cho tỉ lệ kiểu hình ở F1 là", "1 trội : 1 lặn", ["3 trội : 1 lặn", "100% trội", "100% lặn"]),
]

AUTHORED["Tin học đại cương"] = [
    ("1 byte bằng bao nhiêu bit?", "8", ["4", "10", "16"]),
    ("Loại bộ nhớ nào bị mất dữ liệu khi tắt nguồn điện?", "RAM", ["ROM", "Ổ cứng SSD", "Thẻ nhớ flash"]),
    ("Cấu trúc dữ liệu hoạt động theo nguyên tắc \"vào sau, ra trước\" (LIFO) là", "Ngăn xếp (stack)", ["Hàng đợi (queue)", "Cây nhị phân", "Bảng băm"]),
    ("Cấu trúc dữ liệu hoạt động theo nguyên tắc \"vào trước, ra trước\" (FIFO) là", "Hàng đợi (queue)", ["Ngăn xếp (stack)", "Đồ thị", "Cây nhị phân"]),
    ("Điều kiện để áp dụng thuật toán tìm kiếm nhị phân trên một dãy là", "Dãy đã được sắp xếp", ["Dãy có số phần tử chẵn", "Dãy không có phần tử âm", "Dãy có không quá 100 phần tử"]),
    ("Độ phức tạp thời gian trong trường hợp xấu nhất của tìm kiếm nhị phân trên dãy n phần tử đã sắp xếp là", "O(log n)", ["O(n)", "O(n^2)", "O(n log n)"]),
    ("Một địa chỉ IPv4 có độ dài bao nhiêu bit?", "32", ["16", "64", "128"]),
    ("HTML là ngôn ngữ dùng để", "Mô tả cấu trúc nội dung của trang web", ["Quản trị cơ sở dữ liệu quan hệ", "Điều khiển trực tiếp phần cứng vi xử lý", "Nén dữ liệu hình ảnh"]),
    ("Trong Python, phần tử đầu tiên của một danh sách (list) có chỉ số là", "0", ["1", "-1", "Tùy thuộc vào độ dài danh sách"]),
    ("Câu lệnh SQL dùng để truy vấn (lấy) dữ liệu từ một bảng là", "SELECT", ["INSERT", "DELETE", "UPDATE"]),
    ("Thiết bị nào sau đây là thiết bị vào (thiết bị nhập)?", "Bàn phím", ["Màn hình", "Máy in", "Loa"]),
]

AUTHORED["Địa lý Việt Nam"] = [
    ("Thủ đô của nước Cộng hòa xã hội chủ nghĩa Việt Nam là", "Hà Nội", ["Thành phố Hồ Chí Minh", "Huế", "Đà Nẵng"]),
    ("Đỉnh núi cao nhất Việt Nam là", "Phan Xi Păng", ["Ngọc Linh", "Bà Đen", "Tây Côn Lĩnh"]),
    ("Đỉnh Phan Xi Păng nằm trên dãy núi nào?", "Hoàng Liên Sơn", ["Trường Sơn Bắc", "Bạch Mã", "Con Voi"]),
    ("Đảo có diện tích lớn nhất Việt Nam là", "Phú Quốc", ["Cát Bà", "Côn Sơn", "Lý Sơn"]),
    ("Về mặt hành chính, quần đảo Hoàng Sa thuộc", "Thành phố Đà Nẵng", ["Tỉnh Khánh Hòa", "Thành phố Hải Phòng", "Tỉnh Quảng Ninh"]),
    ("Về mặt hành chính, quần đảo Trường Sa thuộc", "Tỉnh Khánh Hòa", ["Thành phố Đà Nẵng", "Thành phố Hải Phòng", "Tỉnh Quảng Ninh"]),
    ("Khí hậu Việt Nam mang tính chất", "Nhiệt đới ẩm gió mùa", ["Ôn đới lục địa", "Hoang mạc khô hạn", "Cận cực"]),
    ("Quốc gia nào sau đây KHÔNG có chung đường biên giới trên đất liền với Việt Nam?", "Thái Lan", ["Trung Quốc", "Lào", "Campuchia"]),
    ("Đồng bằng sông Cửu Long được bồi đắp chủ yếu bởi phù sa của sông nào?", "Sông Mê Công (Cửu Long)", ["Sông Hồng", "Sông Đồng Nai", "Sông Mã"]),
    ("Đồng bằng sông Hồng được bồi đắp bởi phù sa của hệ thống sông nào?", "Sông Hồng và sông Thái Bình", ["Sông Mã và sông Chu", "Sông Cả và sông La", "Sông Tiền và sông Hậu"]),
    ("Vùng sản xuất lúa gạo lớn nhất cả nước là", "Đồng bằng sông Cửu Long", ["Đồng bằng sông Hồng", "Tây Nguyên", "Bắc Trung Bộ"]),
    ("Vùng trồng cà phê lớn nhất Việt Nam là", "Tây Nguyên", ["Đồng bằng sông Hồng", "Đồng bằng sông Cửu Long", "Bắc Trung Bộ"]),
    ("Vùng trồng chè lớn nhất Việt Nam là", "Trung du và miền núi Bắc Bộ", ["Đồng bằng sông Cửu Long", "Đông Nam Bộ", "Đồng bằng sông Hồng"]),
    ("Nhà máy thủy điện Hòa Bình được xây dựng trên sông nào?", "Sông Đà", ["Sông Lô", "Sông Đồng Nai", "Sông Hương"]),
    ("Điểm cực Bắc trên đất liền của Việt Nam là", "Lũng Cú", ["Mũi Cà Mau", "Mũi Đôi", "A Pa Chải"]),
    ("Vùng có mật độ dân số cao nhất nước ta là", "Đồng bằng sông Hồng", ["Tây Nguyên", "Trung du và miền núi Bắc Bộ", "Bắc Trung Bộ"]),
    ("Than đá ở nước ta tập trung nhiều nhất ở tỉnh nào?", "Quảng Ninh", ["Cà Mau", "Khánh Hòa", "Đồng Tháp"]),
    ("Việt Nam sử dụng múi giờ nào?", "UTC+7", ["UTC+6", "UTC+8", "UTC+9"]),
    ("Vịnh Hạ Long thuộc tỉnh nào?", "Quảng Ninh", ["Ninh Bình", "Thanh Hóa", "Nghệ An"]),
    ("Thành phố đông dân nhất Việt Nam là", "Thành phố Hồ Chí Minh", ["Hà Nội", "Hải Phòng", "Cần Thơ"]),
]

AUTHORED["Kinh tế học cơ bản"] = [
    ("Theo quy luật cầu, khi các yếu tố khác không đổi, giá của một hàng hóa tăng lên thì", "Lượng cầu về hàng hóa đó giảm", ["Lượng cầu về hàng hóa đó tăng", "Lượng cung về hàng hóa đó giảm", "Lượng cầu về hàng hóa đó không thay đổi"]),
    ("Chi phí cơ hội của một lựa chọn là", "Giá trị của phương án tốt nhất bị bỏ qua khi đưa ra lựa chọn đó", ["Tổng số tiền đã chi cho lựa chọn đó", "Chi phí đã bỏ ra trong quá khứ và không thể thu hồi", "Giá trị trung bình của tất cả các phương án"]),
    ("Lạm phát là hiện tượng", "Mức giá chung của nền kinh tế tăng lên liên tục trong một thời gian", ["Giá của một mặt hàng tăng đột biến trong một ngày", "Tỉ lệ thất nghiệp tăng lên", "Sản lượng của nền kinh tế giảm trong hai quý liên tiếp"]),
    ("Tổng sản phẩm trong nước (GDP) đo lường", "Giá trị thị trường của toàn bộ hàng hóa và dịch vụ cuối cùng được sản xuất trong lãnh thổ một nước trong một thời kỳ", ["Tổng giá trị hàng hóa xuất khẩu của một nước trong một năm", "Tổng thu nhập của công dân một nước ở cả trong và ngoài nước", "Tổng lượng tiền mặt đang lưu hành trong nền kinh tế"]),
    ("Trà và cà phê là hai hàng hóa thay thế. Khi giá trà tăng mạnh, với các yếu tố khác không đổi, cầu về cà phê sẽ", "Tăng", ["Giảm", "Không đổi", "Giảm về bằng không"]),
    ("Cặp hàng hóa nào sau đây là hàng hóa bổ sung cho nhau?", "Xe máy và xăng", ["Trà và cà phê", "Thịt lợn và thịt gà", "Bút bi của hai hãng khác nhau"]),
    ("Thị trường chỉ có một người bán duy nhất, cung cấp sản phẩm không có hàng hóa thay thế gần gũi, được gọi là", "Độc quyền", ["Cạnh tranh hoàn hảo", "Độc quyền nhóm", "Cạnh tranh độc quyền"]),
    ("Ngân hàng trung ương của Việt Nam là", "Ngân hàng Nhà nước Việt Nam", ["Ngân hàng Chính sách xã hội Việt Nam", "Bộ Tài chính", "Kho bạc Nhà nước"]),
    ("Nếu Nhà nước quy định giá trần thấp hơn giá cân bằng thị trường thì trên thị trường sẽ xảy ra", "Thiếu hụt hàng hóa", ["Dư thừa hàng hóa", "Thị trường vẫn cân bằng", "Lượng cung tăng lên"]),
    ("Nếu Nhà nước quy định giá sàn cao hơn giá cân bằng thị trường thì trên thị trường sẽ xảy ra", "Dư thừa hàng hóa", ["Thiếu hụt hàng hóa", "Thị trường vẫn cân bằng", "Lượng cầu tăng lên"]),
    ("Để kích thích tăng trưởng kinh tế, ngân hàng trung ương thực hiện chính sách tiền tệ mở rộng, thường bằng cách", "Hạ lãi suất điều hành", ["Tăng lãi suất điều hành", "Tăng tỉ lệ dự trữ bắt buộc", "Bán giấy tờ có giá để rút tiền khỏi lưu thông"]),
]

AUTHORED["Giáo dục công dân"] = [
    ("Theo Hiến pháp năm 2013, cơ quan quyền lực nhà nước cao nhất của nước Cộng hòa xã hội chủ nghĩa Việt Nam là", "Quốc hội", ["Chính phủ", "Tòa án nhân dân tối cao", "Chủ tịch nước"]),
    ("Theo Hiến pháp năm 2013, cơ quan hành chính nhà nước cao nhất của nước Cộng hòa xã hội chủ nghĩa Việt Nam là", "Chính phủ", ["Quốc hội", "Ủy ban Thường vụ Quốc hội", "Viện kiểm sát nhân dân tối cao"]),
    ("Theo Hiến pháp năm 2013, cơ quan xét xử, thực hiện quyền tư pháp của nước Cộng hòa xã hội chủ nghĩa Việt Nam là", "Tòa án nhân dân", ["Viện kiểm sát nhân dân", "Công an nhân dân", "Ủy ban nhân dân"]),
    ("Theo Hiến pháp năm 2013, cơ quan thực hành quyền công tố, kiểm sát hoạt động tư pháp là", "Viện kiểm sát nhân dân", ["Tòa án nhân dân", "Thanh tra Chính phủ", "Kiểm toán nhà nước"]),
    ("Theo Hiến pháp năm 2013, công dân đủ bao nhiêu tuổi trở lên có quyền bầu cử?", "18 tuổi", ["16 tuổi", "20 tuổi", "21 tuổi"]),
    ("Theo Hiến pháp năm 2013, công dân đủ bao nhiêu tuổi trở lên có quyền ứng cử vào Quốc hội, Hội đồng nhân dân?", "21 tuổi", ["18 tuổi", "25 tuổi", "30 tuổi"]),
    ("Nhiệm kỳ của mỗi khóa Quốc hội Việt Nam là", "5 năm", ["4 năm", "6 năm", "7 năm"]),
    ("Văn bản có hiệu lực pháp lý cao nhất trong hệ thống pháp luật Việt Nam là", "Hiến pháp", ["Luật", "Nghị định", "Thông tư"]),
    ("Nguyên tắc nào sau đây KHÔNG phải là nguyên tắc bầu cử đại biểu Quốc hội ở Việt Nam?", "Bỏ phiếu công khai", ["Phổ thông", "Bình đẳng", "Trực tiếp"]),
    ("Theo Luật Hôn nhân và gia đình năm 2014, độ tuổi được kết hôn là", "Nam từ đủ 20 tuổi, nữ từ đủ 18 tuổi", ["Nam và nữ đều từ đủ 18 tuổi", "Nam từ đủ 22 tuổi, nữ từ đủ 20 tuổi", "Nam từ đủ 18 tuổi, nữ từ đủ 16 tuổi"]),
    ("Theo Luật Căn cước năm 2023, công dân Việt Nam từ đủ bao nhiêu tuổi phải làm thủ tục cấp thẻ căn cước?", "14 tuổi", ["6 tuổi", "16 tuổi", "18 tuổi"]),
    ("Theo Hiến pháp năm 2013, người đứng đầu Nhà nước, thay mặt nước Cộng hòa xã hội chủ nghĩa Việt Nam về đối nội và đối ngoại là", "Chủ tịch nước", ["Thủ tướng Chính phủ", "Chủ tịch Quốc hội", "Chánh án Tòa án nhân dân tối cao"]),
    ("Theo Hiến pháp năm 2013, việc nộp thuế theo luật định là", "Nghĩa vụ của mọi người", ["Việc tự nguyện, không bắt buộc", "Nghĩa vụ riêng của doanh nghiệp nhà nước", "Nghĩa vụ riêng của người có thu nhập cao"]),
    ("Hành vi nguy hiểm cho xã hội được quy định trong Bộ luật Hình sự gọi là", "Tội phạm", ["Vi phạm hành chính", "Vi phạm kỷ luật", "Vi phạm đạo đức"]),
    ("Quốc ca nước Cộng hòa xã hội chủ nghĩa Việt Nam là nhạc và lời bài \"Tiến quân ca\" của nhạc sĩ", "Văn Cao", ["Phạm Tuyên", "Hoàng Vân", "Đỗ Nhuận"]),
    ("Theo Hiến pháp năm 2013, Nhà nước Việt Nam được tổ chức và hoạt động theo nguyên tắc", "Tập trung dân chủ", ["Tam quyền phân lập", "Đa nguyên, đa đảng", "Tự do cạnh tranh"]),
    ("Quốc kỳ nước Cộng hòa xã hội chủ nghĩa Việt Nam có đặc điểm", "Nền đỏ, ở giữa có ngôi sao vàng năm cánh", ["Nền vàng, ở giữa có ngôi sao đỏ năm cánh", "Nền xanh, ở giữa có ngôi sao trắng năm cánh", "Nền đỏ, ở giữa có ngôi sao vàng sáu cánh"]),
    ("Quy định \"Không ai được tự ý vào chỗ ở của người khác nếu không được người đó đồng ý\" thể hiện quyền nào của công dân?", "Quyền bất khả xâm phạm về chỗ ở", ["Quyền tự do ngôn luận", "Quyền bất khả xâm phạm về thân thể", "Quyền bầu cử"]),
]

AUTHORED["Lịch sử Việt Nam"] = [
    ("Chủ tịch Hồ Chí Minh đọc bản Tuyên ngôn Độc lập khai sinh nước Việt Nam Dân chủ Cộng hòa vào ngày nào?", "2/9/1945", ["19/8/1945", "7/5/1954", "30/4/1975"]),
    ("Bản Tuyên ngôn Độc lập năm 1945 được Chủ tịch Hồ Chí Minh đọc tại địa điểm nào?", "Quảng trường Ba Đình (Hà Nội)", ["Nhà hát Lớn (Hà Nội)", "Dinh Độc Lập (Sài Gòn)", "Cung An Định (Huế)"]),
    ("Chiến dịch Điện Biên Phủ kết thúc thắng lợi vào ngày nào?", "7/5/1954", ["2/9/1945", "21/7/1954", "30/4/1975"]),
    ("Ai là Tổng Tư lệnh, trực tiếp chỉ huy chiến dịch Điện Biên Phủ năm 1954?", "Đại tướng Võ Nguyên Giáp", ["Trần Quốc Tuấn", "Lý Thường Kiệt", "Nguyễn Huệ"]),
    ("Hiệp định Giơ-ne-vơ về chấm dứt chiến tranh, lập lại hòa bình ở Đông Dương được kí kết vào năm nào?", "1954", ["1945", "1968", "1973"]),
    ("Hiệp định Pa-ri về chấm dứt chiến tranh, lập lại hòa bình ở Việt Nam được kí kết vào năm nào?", "1973", ["1954", "1968", "1975"]),
    ("Chiến dịch Hồ Chí Minh giải phóng hoàn toàn miền Nam kết thúc thắng lợi vào ngày nào?", "30/4/1975", ["7/5/1954", "27/1/1973", "2/9/1969"]),
    ("Ai là người lãnh đạo quân dân ta đánh tan quân Nam Hán trên sông Bạch Đằng năm 938?", "Ngô Quyền", ["Trần Hưng Đạo", "Lê Hoàn", "Lý Thường Kiệt"]),
    ("Năm 1010, vua Lý Thái Tổ dời đô từ Hoa Lư về thành Đại La và đổi tên thành", "Thăng Long", ["Phú Xuân", "Cổ Loa", "Tây Đô"]),
    ("Cuộc khởi nghĩa Hai Bà Trưng năm 40 nhằm chống lại ách đô hộ của", "Nhà Hán", ["Nhà Tống", "Nhà Minh", "Nhà Thanh"]),
    ("Triều đại nào đã ba lần lãnh đạo nhân dân kháng chiến chống quân xâm lược Mông – Nguyên thắng lợi?", "Nhà Trần", ["Nhà Lý", "Nhà Lê sơ", "Nhà Nguyễn"]),
    ("Cuộc khởi nghĩa Lam Sơn (1418–1427) do ai lãnh đạo?", "Lê Lợi", ["Nguyễn Huệ", "Lê Hoàn", "Đinh Bộ Lĩnh"]),
    ("Đầu năm 1789, Quang Trung – Nguyễn Huệ đại phá quân xâm lược nào?", "Quân Thanh", ["Quân Minh", "Quân Nguyên", "Quân Tống"]),
    ("Sau khi dẹp loạn 12 sứ quân, Đinh Bộ Lĩnh lên ngôi hoàng đế và đặt tên nước là", "Đại Cồ Việt", ["Đại Việt", "Văn Lang", "Đại Nam"]),
    ("Nhà nước đầu tiên của người Việt, gắn với các vua Hùng, có tên là", "Văn Lang", ["Âu Lạc", "Vạn Xuân", "Đại Cồ Việt"]),
    ("Thành Cổ Loa gắn liền với nhà nước nào?", "Âu Lạc (An Dương Vương)", ["Văn Lang (Hùng Vương)", "Vạn Xuân (Lý Nam Đế)", "Đại Cồ Việt (Đinh Tiên Hoàng)"]),
    ("Đảng Cộng sản Việt Nam được thành lập vào ngày nào?", "3/2/1930", ["19/5/1890", "2/9/1945", "19/12/1946"]),
    ("Năm 1911, Nguyễn Tất Thành ra đi tìm đường cứu nước từ bến cảng nào?", "Bến cảng Nhà Rồng", ["Cảng Hải Phòng", "Cảng Đà Nẵng", "Cảng Quy Nhơn"]),
    ("Đường lối Đổi mới được đề ra tại Đại hội đại biểu toàn quốc lần thứ mấy của Đảng (năm 1986)?", "Đại hội VI", ["Đại hội IV", "Đại hội V", "Đại hội VII"]),
    ("Việt Nam chính thức trở thành thành viên của Hiệp hội các quốc gia Đông Nam Á (ASEAN) vào năm nào?", "1995", ["1986", "2000", "2007"]),
    ("Việt Nam chính thức trở thành thành viên của Tổ chức Thương mại Thế giới (WTO) vào năm nào?", "2007", ["1995", "2001", "2015"]),
    ("Năm 1858, thực dân Pháp nổ súng mở đầu cuộc xâm lược Việt Nam tại đâu?", "Đà Nẵng", ["Gia Định", "Hà Nội", "Hải Phòng"]),
    ("Văn Miếu ở kinh thành Thăng Long được xây dựng năm 1070 dưới triều đại nào?", "Nhà Lý", ["Nhà Trần", "Nhà Lê sơ", "Nhà Nguyễn"]),
]

AUTHORED["Tiếng Việt"] = [
    ("Trong câu \"Mẹ em đang nấu cơm trong bếp.\", từ \"nấu\" thuộc từ loại nào?", "Động từ", ["Danh từ", "Tính từ", "Quan hệ từ"]),
    ("Trong câu \"Bầu trời hôm nay rất xanh.\", từ \"xanh\" thuộc từ loại nào?", "Tính từ", ["Động từ", "Danh từ", "Số từ"]),
    ("Từ nào sau đây là danh từ?", "học sinh", ["chạy", "đẹp", "và"]),
    ("Xét về cấu tạo, từ \"xinh xắn\" thuộc loại từ nào?", "Từ láy", ["Từ đơn", "Từ ghép đẳng lập", "Từ ghép chính phụ"]),
    ("Từ nào sau đây là từ ghép?", "nhà cửa", ["lấp lánh", "róc rách", "long lanh"]),
    ("Từ nào sau đây là từ láy?", "lung linh", ["quần áo", "sách vở", "bàn ghế"]),
    ("Xét theo mục đích nói, câu \"Bạn đã làm xong bài tập chưa?\" thuộc kiểu câu nào?", "Câu nghi vấn", ["Câu trần thuật", "Câu cầu khiến", "Câu cảm thán"]),
    ("Xét theo mục đích nói, câu \"Hãy đóng cửa sổ lại!\" thuộc kiểu câu nào?", "Câu cầu khiến", ["Câu nghi vấn", "Câu trần thuật", "Câu cảm thán"]),
    ("Xét theo mục đích nói, câu \"Ôi, cánh đồng lúa đẹp quá!\" thuộc kiểu câu nào?", "Câu cảm thán", ["Câu nghi vấn", "Câu cầu khiến", "Câu trần thuật"]),
    ("Câu \"Ông mặt trời thức dậy, vươn vai chào buổi sáng.\" sử dụng biện pháp tu từ chủ yếu nào?", "Nhân hóa", ["So sánh", "Điệp ngữ", "Liệt kê"]),
    ("Câu \"Đôi mắt em bé sáng như hai vì sao.\" sử dụng biện pháp tu từ nào?", "So sánh", ["Nhân hóa", "Hoán dụ", "Nói giảm, nói tránh"]),
    ("Cách nói \"Bà cụ đã về với tổ tiên\" thay cho \"Bà cụ đã chết\" là biện pháp tu từ nào?", "Nói giảm, nói tránh", ["Nói quá", "So sánh", "Điệp ngữ"]),
    ("Từ đồng nghĩa với \"siêng năng\" là", "chăm chỉ", ["lười biếng", "thông minh", "nhanh nhẹn"]),
    ("Từ trái nghĩa với \"dũng cảm\" là", "hèn nhát", ["gan dạ", "can đảm", "anh hùng"]),
    ("Chủ ngữ của câu \"Những chú chim sẻ nhỏ đang ríu rít trên cành cây.\" là", "Những chú chim sẻ nhỏ", ["đang ríu rít trên cành cây", "trên cành cây", "ríu rít"]),
    ("Từ Hán Việt \"sơn hà\" có nghĩa là", "Núi sông", ["Biển cả", "Trời đất", "Nhà cửa"]),
    ("Yếu tố \"thiên\" trong các từ \"thiên nhiên\", \"thiên văn\" có nghĩa là", "Trời", ["Đất", "Sông", "Người"]),
    ("Dấu câu thường đặt ở cuối câu nghi vấn là", "Dấu chấm hỏi", ["Dấu chấm", "Dấu phẩy", "Dấu chấm phẩy"]),
]

AUTHORED["Văn học Việt Nam"] = [
    ("\"Truyện Kiều\" của Nguyễn Du được viết bằng thể thơ nào?", "Lục bát", ["Song thất lục bát", "Thất ngôn bát cú Đường luật", "Thơ tự do"]),
    ("\"Truyện Kiều\" của Nguyễn Du được viết bằng loại chữ nào?", "Chữ Nôm", ["Chữ Hán", "Chữ Quốc ngữ", "Chữ Phạn"]),
    ("Một bài thơ thất ngôn bát cú Đường luật có", "8 câu, mỗi câu 7 chữ", ["4 câu, mỗi câu 7 chữ", "8 câu, mỗi câu 5 chữ", "7 câu, mỗi câu 8 chữ"]),
    ("Trong thể thơ lục bát, mỗi cặp câu gồm", "Một câu 6 chữ và một câu 8 chữ", ["Hai câu 7 chữ và một câu 6 chữ", "Một câu 5 chữ và một câu 7 chữ", "Hai câu đều 8 chữ"]),
    ("Một bài thơ thất ngôn tứ tuyệt có", "4 câu, mỗi câu 7 chữ", ["8 câu, mỗi câu 7 chữ", "4 câu, mỗi câu 5 chữ", "7 câu, mỗi câu 4 chữ"]),
]

# (work, author) pairs used to generate "who wrote..." questions
WORKS = [
    ("Truyện Kiều", "Nguyễn Du"),
    ("Lục Vân Tiên", "Nguyễn Đình Chiểu"),
    ("Bình Ngô đại cáo", "Nguyễn Trãi"),
    ("Hịch tướng sĩ", "Trần Quốc Tuấn"),
    ("Chí Phèo", "Nam Cao"),
    ("Lão Hạc", "Nam Cao"),
    ("Tắt đèn", "Ngô Tất Tố"),
    ("Số đỏ", "Vũ Trọng Phụng"),
    ("Vợ chồng A Phủ", "Tô Hoài"),
    ("Dế Mèn phiêu lưu kí", "Tô Hoài"),
    ("Hai đứa trẻ", "Thạch Lam"),
    ("Vợ nhặt", "Kim Lân"),
    ("Người lái đò sông Đà", "Nguyễn Tuân"),
    ("Chiếc thuyền ngoài xa", "Nguyễn Minh Châu"),
    ("Rừng xà nu", "Nguyễn Trung Thành"),
    ("Những đứa con trong gia đình", "Nguyễn Thi"),
    ("Tây Tiến", "Quang Dũng"),
    ("Việt Bắc", "Tố Hữu"),
    ("Vội vàng", "Xuân Diệu"),
    ("Tràng giang", "Huy Cận"),
    ("Đây thôn Vĩ Dạ", "Hàn Mặc Tử"),
    ("Sóng", "Xuân Quỳnh"),
    ("Nhật kí trong tù", "Hồ Chí Minh"),
    ("Bánh trôi nước", "Hồ Xuân Hương"),
    ("Qua Đèo Ngang", "Bà Huyện Thanh Quan"),
    ("Ai đã đặt tên cho dòng sông?", "Hoàng Phủ Ngọc Tường"),
]

AUTHORED["An toàn lao động"] = [
    ("Để dập một đám cháy nhỏ ở tủ điện khi chưa thể ngắt điện, nên dùng phương tiện nào?", "Bình chữa cháy khí CO2", ["Xô nước", "Vòi phun nước", "Bình chữa cháy dạng bọt (foam)"]),
    ("Vì sao không dùng nước để dập đám cháy xăng dầu?", "Xăng dầu nhẹ hơn nước, nổi lên trên và có thể làm đám cháy lan rộng", ["Nước làm xăng dầu đông đặc lại", "Nước làm tăng nhiệt độ của đám cháy", "Nước hòa tan xăng dầu thành chất nổ"]),
    ("Số điện thoại khẩn cấp để báo cháy, cứu nạn, cứu hộ ở Việt Nam là", "114", ["113", "115", "111"]),
    ("Số điện thoại khẩn cấp để gọi cấp cứu y tế ở Việt Nam là", "115", ["113", "114", "111"]),
    ("Khi nâng một vật nặng từ mặt đất, tư thế đúng là", "Gập gối, giữ lưng thẳng, giữ vật sát người và dùng lực của chân", ["Giữ thẳng chân, cúi gập lưng để nhấc vật", "Vặn người sang một bên trong khi nhấc vật", "Nhấc thật nhanh bằng lực hai tay, giữ vật xa người"]),
    ("Theo hệ thống biển báo an toàn ISO 7010, biển hình tròn viền đỏ có gạch chéo màu đỏ mang ý nghĩa", "Cấm", ["Cảnh báo nguy hiểm", "Bắt buộc thực hiện", "Chỉ dẫn thoát hiểm"]),
    ("Theo hệ thống biển báo an toàn ISO 7010, biển hình tam giác nền vàng viền đen mang ý nghĩa", "Cảnh báo nguy hiểm", ["Cấm", "Bắt buộc thực hiện", "Chỉ dẫn thoát hiểm"]),
    ("Theo hệ thống biển báo an toàn ISO 7010, biển hình tròn nền xanh lam với hình vẽ màu trắng (ví dụ: phải đội mũ bảo hộ) mang ý nghĩa", "Bắt buộc thực hiện", ["Cấm", "Cảnh báo nguy hiểm", "Chỉ dẫn thoát hiểm"]),
    ("Theo hệ thống biển báo an toàn ISO 7010, biển hình chữ nhật nền xanh lá cây (ví dụ: lối thoát hiểm) thuộc nhóm biển", "Chỉ dẫn điều kiện an toàn", ["Cấm", "Cảnh báo nguy hiểm", "Bắt buộc thực hiện"]),
    ("Mục đích chính của quy trình khóa và treo thẻ (lockout/tagout) là", "Ngăn thiết bị vô tình được cấp năng lượng hoặc khởi động trong khi đang sửa chữa, bảo trì", ["Ngăn người lạ lấy cắp thiết bị", "Ghi lại số giờ máy hoạt động", "Đánh dấu thiết bị đã hết khấu hao"]),
    ("Khi phát hiện có người bị điện giật, việc cần làm trước tiên là", "Ngắt nguồn điện hoặc dùng vật cách điện khô tách nạn nhân khỏi nguồn điện", ["Dùng tay kéo ngay nạn nhân ra", "Dội nước vào người nạn nhân", "Dùng thanh kim loại gạt dây điện ra"]),
    ("Khi có cháy trong tòa nhà cao tầng, cách thoát nạn đúng là", "Đi theo lối thoát hiểm bằng cầu thang bộ, không dùng thang máy", ["Dùng thang máy để xuống nhanh nhất", "Quay lại phòng để lấy tài sản", "Nhảy ngay từ cửa sổ tầng cao xuống"]),
    ("Khi phải di chuyển qua khu vực nhiều khói trong đám cháy, nên", "Cúi thấp người, che mũi miệng bằng khăn ướt", ["Đứng thẳng và chạy thật nhanh", "Hít thở thật sâu để lấy nhiều không khí", "Dừng lại giữa khu vực khói để quan sát"]),
    ("Khi sử dụng bình chữa cháy xách tay, cần hướng vòi phun vào", "Gốc lửa", ["Ngọn lửa phía trên", "Cột khói", "Tường xung quanh đám cháy"]),
    ("Người lao động làm việc lâu dài trong môi trường có tiếng ồn lớn cần sử dụng phương tiện bảo vệ nào?", "Nút tai hoặc chụp tai chống ồn", ["Kính bảo hộ", "Găng tay cách điện", "Ủng cao su"]),
    ("Tài liệu cung cấp thông tin về tính chất nguy hiểm, cách sử dụng, bảo quản và xử lý sự cố của một hóa chất gọi là", "Phiếu an toàn hóa chất (SDS)", ["Hóa đơn giá trị gia tăng", "Phiếu xuất kho", "Giấy chứng nhận xuất xứ"]),
    ("Khi hàn hồ quang điện, thợ hàn phải dùng mặt nạ hàn có kính lọc chủ yếu để", "Bảo vệ mắt khỏi tia cực tím và ánh sáng cường độ mạnh", ["Giữ ấm cho khuôn mặt", "Tránh bị nhận nhầm người", "Làm cho mối hàn nguội nhanh hơn"]),
]

AUTHORED["Tài chính cá nhân"] = [
    ("Đa dạng hóa danh mục đầu tư chủ yếu nhằm mục đích", "Giảm rủi ro do phụ thuộc vào một loại tài sản", ["Đảm bảo chắc chắn có lợi nhuận", "Tránh phải nộp thuế", "Tăng số lần giao dịch để hưởng phí"]),
    ("Khi tỉ lệ lạm phát cao hơn lãi suất tiền gửi tiết kiệm, sức mua thực tế của khoản tiền gửi sẽ", "Giảm", ["Tăng", "Không đổi", "Tăng gấp đôi"]),
    ("Lãi kép là", "Tiền lãi được tính trên cả tiền gốc và tiền lãi đã cộng dồn từ các kỳ trước", ["Tiền lãi chỉ tính trên tiền gốc ban đầu", "Tiền lãi được trả gấp đôi vào cuối kỳ", "Tiền phạt khi rút tiền trước hạn"]),
    ("Khi nhận được cuộc gọi tự xưng là nhân viên ngân hàng yêu cầu đọc mã OTP vừa gửi tới điện thoại, bạn nên", "Không cung cấp mã OTP cho bất kỳ ai và liên hệ ngân hàng qua tổng đài chính thức", ["Đọc mã OTP để được hỗ trợ nhanh", "Đọc mã OTP nếu người gọi biết họ tên của bạn", "Chụp ảnh thẻ ngân hàng gửi kèm mã OTP cho người gọi"]),
    ("Quỹ dự phòng khẩn cấp trong tài chính cá nhân dùng để", "Chi trả các khoản bất ngờ như ốm đau, mất việc mà không phải vay nợ", ["Đầu tư vào cổ phiếu có rủi ro cao", "Mua sắm theo sở thích vào cuối tuần", "Trả trước tiền thuê nhà cho nhiều năm"]),
    ("Nếu mỗi tháng chỉ trả số tiền tối thiểu của dư nợ thẻ tín dụng thì", "Phần dư nợ còn lại thường bị tính lãi", ["Ngân hàng sẽ xóa phần dư nợ còn lại", "Không phát sinh bất kỳ khoản lãi nào", "Hạn mức thẻ tự động tăng gấp đôi"]),
]

AUTHORED["Sơ cứu y tế"] = [
    ("Khi bị bỏng nhẹ do nước sôi, cách sơ cứu ban đầu đúng là", "Làm mát vết bỏng dưới vòi nước sạch, mát trong khoảng 20 phút", ["Bôi kem đánh răng lên vết bỏng", "Chườm đá lạnh trực tiếp lên vết bỏng", "Chọc vỡ các nốt phồng rộp"]),
    ("Cách xử trí ban đầu đúng khi một vết thương chảy máu nhiều là", "Dùng gạc hoặc vải sạch ấn trực tiếp, chặt lên vết thương", ["Để hở vết thương cho máu chảy tự do", "Rắc bột hoặc thuốc lá lên vết thương", "Rửa vết thương liên tục bằng nước nóng"]),
    ("Khi bị chảy máu cam, tư thế đúng là", "Ngồi, hơi cúi đầu về phía trước và bóp chặt phần mềm của mũi", ["Nằm ngửa và ngửa đầu ra sau", "Đứng dậy và ngửa đầu ra sau", "Nằm sấp và hít mạnh bằng mũi"]),
    ("Khi ép tim ngoài lồng ngực cho người lớn, tần số ép khuyến cáo là", "100–120 lần/phút", ["30–40 lần/phút", "60–70 lần/phút", "160–180 lần/phút"]),
    ("Độ sâu ép ngực khuyến cáo khi hồi sinh tim phổi (CPR) cho người lớn là", "Khoảng 5–6 cm", ["Khoảng 1–2 cm", "Khoảng 10–12 cm", "Khoảng 2–3 mm"]),
    ("Khi một người cấp cứu thực hiện hồi sinh tim phổi (CPR) cho người lớn, tỉ lệ ép tim và thổi ngạt là", "30 lần ép : 2 lần thổi", ["2 lần ép : 30 lần thổi", "10 lần ép : 10 lần thổi", "60 lần ép : 1 lần thổi"]),
    ("Khi ép tim cho người lớn, vị trí đặt tay là", "Giữa ngực, trên nửa dưới xương ức", ["Bụng, ngay trên rốn", "Ngực trái, ngay dưới xương đòn", "Cổ, gần động mạch cảnh"]),
    ("Một người lớn bị hóc dị vật, còn tỉnh nhưng không thể ho, nói hay thở. Biện pháp phù hợp là", "Thực hiện thủ thuật ép bụng (Heimlich)", ["Cho uống thật nhiều nước", "Dùng ngón tay móc sâu vào họng dù không nhìn thấy dị vật", "Đặt nạn nhân nằm ngửa và chờ dị vật tự trôi xuống"]),
    ("Khi bị rắn độc cắn, việc nào sau đây KHÔNG nên làm?", "Rạch rộng vết cắn và hút nọc độc bằng miệng", ["Giữ nạn nhân bình tĩnh, hạn chế cử động", "Tháo nhẫn, vòng ở chi bị cắn", "Nhanh chóng đưa nạn nhân đến cơ sở y tế"]),
    ("Khi một người đang lên cơn co giật, cách xử trí đúng là", "Đặt nạn nhân ở nơi an toàn, nới lỏng quần áo, không nhét vật gì vào miệng", ["Nhét đũa hoặc khăn vào miệng để tránh cắn lưỡi", "Giữ chặt tay chân để ngừng co giật", "Đổ nước vào miệng cho nạn nhân tỉnh"]),
    ("Người bị say nắng, sốc nhiệt cần được", "Đưa vào chỗ râm mát, nới lỏng quần áo và làm mát cơ thể", ["Đắp chăn dày cho ra mồ hôi", "Cho uống rượu để tỉnh táo", "Tiếp tục làm việc ngoài trời để quen dần"]),
    ("Khi nghi ngờ nạn nhân bị gãy xương cẳng tay, cần", "Cố định chỗ gãy bằng nẹp, không cố nắn lại xương", ["Kéo mạnh để nắn xương về vị trí cũ", "Xoa bóp mạnh vùng bị gãy", "Bảo nạn nhân cử động tay để kiểm tra"]),
    ("Khi nghi ngờ nạn nhân bị chấn thương cột sống sau tai nạn, nguyên tắc quan trọng là", "Hạn chế tối đa di chuyển nạn nhân, giữ thẳng trục đầu – cổ – thân", ["Đỡ nạn nhân ngồi dậy ngay", "Cõng nạn nhân chạy đến bệnh viện", "Xoay cổ nạn nhân để kiểm tra cử động"]),
    ("Một người bệnh đái tháo đường có dấu hiệu hạ đường huyết (run tay, vã mồ hôi) nhưng vẫn tỉnh táo, nên", "Cho uống nước đường hoặc ăn đồ ngọt", ["Tiêm thêm insulin", "Bảo nhịn ăn và nằm nghỉ", "Chỉ cho uống nước lọc"]),
    ("Tư thế nằm nghiêng an toàn (tư thế hồi phục) được dùng cho nạn nhân", "Bất tỉnh nhưng vẫn thở bình thường", ["Ngừng thở, cần ép tim ngay", "Nghi bị chấn thương cột sống", "Tỉnh táo, đang bị chảy máu cam"]),
    ("Máy khử rung tim tự động ngoài (AED) được dùng trong cấp cứu để", "Phân tích nhịp tim và phát cú sốc điện khử rung khi cần", ["Đo đường huyết", "Cung cấp oxy", "Đo huyết áp"]),
    ("Nếu nạn nhân nuốt phải chất ăn mòn mạnh (axit hoặc kiềm), việc nào sau đây KHÔNG nên làm?", "Cố gây nôn cho nạn nhân", ["Gọi cấp cứu 115", "Giữ lại vỏ chai hóa chất để báo cho nhân viên y tế", "Theo dõi nhịp thở của nạn nhân"]),
    ("Ngay sau khi bị chó cắn, việc nên làm là", "Rửa vết thương dưới vòi nước chảy với xà phòng trong khoảng 15 phút rồi đến cơ sở y tế", ["Đắp lá cây lên vết thương và theo dõi tại nhà", "Băng kín vết thương và không cần tiêm phòng", "Nặn máu rồi bôi tro bếp lên vết thương"]),
]

# ---------------------------------------------------------------------------
# generators: each returns (question, correct, [3 wrong])
# ---------------------------------------------------------------------------

# ---- Toán tiểu học ----

def tth_add(r):
    while True:
        a, b = r.randint(125, 689), r.randint(117, 299)
        if a % 10 + b % 10 >= 10:
            break
    s = a + b
    return num_q(f"Phép tính {a} + {b} có kết quả bằng bao nhiêu?", s, [s - 10, s + 10, s - 1, s + 1])


def tth_sub(r):
    while True:
        a, b = r.randint(520, 950), r.randint(128, 480)
        if a % 10 < b % 10:
            break
    d = a - b
    return num_q(f"Phép tính {a} - {b} có kết quả bằng bao nhiêu?", d, [d + 10, d - 10, a + b, d + 1])


def tth_mul(r):
    a, b = r.randint(13, 49), r.randint(3, 9)
    p = a * b
    return num_q(f"Phép tính {a} × {b} có kết quả bằng bao nhiêu?", p, [p + b, p - b, a + b, p + 10])


def tth_div(r):
    b, q = r.randint(3, 9), r.randint(12, 99)
    a = b * q
    return num_q(f"Phép tính {a} : {b} có kết quả bằng bao nhiêu?", q, [q + 1, q - 1, q + 10, a - b])


def tth_rect_perim(r):
    a = r.randint(8, 25)
    b = r.randint(3, a - 2)
    return num_q(f"Một hình chữ nhật có chiều dài {a} cm và chiều rộng {b} cm. Chu vi của hình chữ nhật đó là",
                 2 * (a + b), [a * b, a + b, 2 * a + b, 4 * a], unit="cm")


def tth_rect_area(r):
    a = r.randint(8, 25)
    b = r.randint(3, a - 2)
    return num_q(f"Một hình chữ nhật có chiều dài {a} m và chiều rộng {b} m. Diện tích của hình chữ nhật đó là",
                 a * b, [2 * (a + b), a + b, 2 * a * b], unit="m²")


def tth_square_perim(r):
    a = r.randint(5, 30)
    return num_q(f"Một hình vuông có cạnh dài {a} cm. Chu vi của hình vuông đó là",
                 4 * a, [a * a, 2 * a, a + 4, 3 * a], unit="cm")


def tth_convert(r):
    big, small, k = r.choice([("m", "cm", 100), ("kg", "g", 1000), ("giờ", "phút", 60), ("km", "m", 1000), ("phút", "giây", 60)])
    x = r.randint(2, 9)
    cands = [x * 10, x * 100, x * 1000, x * 60, x * k * 10]
    q = f"{x} {big} bằng bao nhiêu {small}?"
    return num_q(q, x * k, cands, unit=small)


def tth_frac_add(r):
    while True:
        n = r.randint(5, 13)
        a = r.randint(1, n - 2)
        b = r.randint(1, n - 1 - a)
        if a != b and math.gcd(a + b, n) == 1:
            break
    ans = f"{a + b}/{n}"
    ds = pick_distractors(ans, [f"{a + b}/{2 * n}", f"{a * b}/{n}", f"{abs(a - b)}/{n}", f"{a + b}/{n * n}"])
    return (f"Kết quả của phép cộng {a}/{n} + {b}/{n} là", ans, ds)


def tth_find_x(r):
    a, b = r.randint(15, 90), r.randint(100, 400)
    x = b - a
    return num_q(f"Tìm x, biết: x + {a} = {b}.", x, [b + a, x + 10, x - 10, x + 1])


def tth_avg(r):
    while True:
        nums = [r.randint(20, 90) for _ in range(3)]
        if sum(nums) % 3 == 0 and len(set(nums)) == 3:
            break
    avg = sum(nums) // 3
    return num_q(f"Trung bình cộng của ba số {nums[0]}, {nums[1]} và {nums[2]} là", avg,
                 [sum(nums), avg + 3, avg - 3, sum(nums) // 2])


def tth_word_rem(r):
    a = r.randint(150, 400)
    b = r.randint(30, 90)
    c = r.randint(20, 60)
    rem = a - b - c
    return num_q(f"Một cửa hàng có {a} kg gạo. Buổi sáng cửa hàng bán được {b} kg, buổi chiều bán được {c} kg. "
                 f"Hỏi cửa hàng còn lại bao nhiêu ki-lô-gam gạo?", rem, [a - b, a - c, a - b + c, b + c], unit="kg")


def tth_time(r):
    h = r.randint(6, 10)
    m = r.choice([35, 40, 45, 50, 55])
    d = r.choice([20, 25, 30, 35, 40])
    if m + d < 60:
        d = 60 - m + 15
    m2 = m + d - 60

    def t(hh, mm):
        return f"{hh} giờ {mm} phút"
    ans = t(h + 1, m2)
    ds = pick_distractors(ans, [t(h, m2), t(h + 1, m2 + 10), t(h + 2, m2), t(h, m + d - 40)])
    return (f"Lúc {h} giờ {m} phút, nếu thêm {d} phút nữa thì đồng hồ chỉ", ans, ds)


# ---- Toán THCS ----

def thcs_eq1(r):
    while True:
        a = r.randint(2, 9)
        x = r.choice([v for v in range(-9, 13) if v != 0])
        b = r.choice([v for v in range(-20, 21) if v != 0])
        c = a * x + b
        if c != 0:
            break
    sign = f"+ {b}" if b > 0 else f"- {-b}"
    cands = [-x, c - b, x + 1, x - 1]
    if (c + b) % a == 0:
        cands.insert(1, (c + b) // a)
    ans = f"x = {x}"
    ds = pick_distractors(ans, [f"x = {v}" for v in cands])
    return (f"Nghiệm của phương trình {a}x {sign} = {c} là", ans, ds)


def thcs_pyth(r):
    a0, b0, c0 = r.choice([(3, 4, 5), (5, 12, 13), (8, 15, 17), (7, 24, 25), (6, 8, 10), (9, 12, 15)])
    k = r.choice([1, 2]) if c0 <= 13 else 1
    a, b, c = a0 * k, b0 * k, c0 * k
    return num_q(f"Cho tam giác ABC vuông tại A có AB = {a} cm, AC = {b} cm. Độ dài cạnh BC là",
                 c, [a + b, c * c, c + 1, c + 2], unit="cm")


def thcs_pct(r):
    p = r.choice([5, 10, 12, 15, 20, 25, 30, 40, 60, 75])
    step = 100 // math.gcd(100, p)
    n = step * r.randint(2, max(3, 600 // step))
    ans = p * n // 100
    return num_q(f"{p}% của {n} là", ans, [n - ans, ans * 10, Fraction(ans, 10), n + ans])


def thcs_slope(r):
    while True:
        a = r.choice([v for v in range(-7, 8) if abs(v) >= 2])
        b = r.choice([v for v in range(-9, 10) if v != 0])
        if abs(a) != abs(b):
            break
    bs = f"+ {b}" if b > 0 else f"- {-b}"
    if r.random() < 0.5:
        return num_q(f"Hệ số góc của đường thẳng y = {a}x {bs} là", a, [b, -a, a + b, -b], positive=False)
    return num_q(f"Đường thẳng y = {a}x {bs} cắt trục tung tại điểm có tung độ bằng", b, [a, -b, -a, a + b], positive=False)


def thcs_triangle(r):
    a = r.randint(35, 80)
    b = r.randint(30, 90)
    c = 180 - a - b
    return num_q(f"Cho tam giác ABC có góc A = {a}°, góc B = {b}°. Số đo góc C là", c,
                 [a + b, 180 - a, 90, 360 - a - b], unit="°")


def thcs_sqrt(r):
    n = r.randint(11, 25)
    return num_q(f"Căn bậc hai số học của {n * n} là", n, [n * n // 2, 2 * n, n + 1, n - 1])


def thcs_gcd(r):
    while True:
        g = r.choice([2, 3, 4, 5, 6, 7, 8, 9, 12, 15])
        p, q = r.randint(2, 9), r.randint(2, 9)
        if p != q and math.gcd(p, q) == 1:
            break
    a, b = g * p, g * q
    lcm = a * b // g
    if r.random() < 0.5:
        return num_q(f"Ước chung lớn nhất của {a} và {b} là", g, [lcm, 2 * g, g * p, 1])
    return num_q(f"Bội chung nhỏ nhất của {a} và {b} là", lcm, [g, a * b * 2, a + b, lcm * 2])


def thcs_circle(r):
    rad = r.randint(2, 9)
    ans = f"{rad * rad}π cm²"
    ds = pick_distractors(ans, [f"{2 * rad}π cm²", f"{rad}π cm²", f"{4 * rad * rad}π cm²", f"{2 * rad * rad}π cm²"])
    return (f"Diện tích hình tròn có bán kính {rad} cm là", ans, ds)


def thcs_system(r):
    while True:
        x, y = r.randint(1, 12), r.randint(1, 12)
        if x != y:
            break
    s, d = x + y, x - y

    def p(u, v):
        return f"({u}; {v})"
    ans = p(x, y)
    ds = pick_distractors(ans, [p(y, x), p(s, d), p(x + 1, y - 1), p(x - 1, y + 1)])
    ds_txt = f"{d}" if d >= 0 else f"{d}"
    return (f"Hệ phương trình gồm hai phương trình x + y = {s} và x - y = {ds_txt} có nghiệm (x; y) là", ans, ds)


def thcs_expr(r):
    k = r.randint(3, 12)
    return num_q(f"Giá trị của biểu thức x² - 2x + 1 tại x = {k} là", (k - 1) ** 2,
                 [(k + 1) ** 2, k * k - 2 * k - 1, k * k + 1, k * k])


# ---- Toán THPT ----

SUP = {"2": "²", "3": "³"}


def poly_str(coefs):
    """coefs: list of (coef, power) -> 'ax³ + bx² - cx + d'."""
    parts = []
    for c, pw in coefs:
        if c == 0:
            continue
        mag = abs(c)
        if pw == 0:
            body = str(mag)
        else:
            xs = "x" + (SUP[str(pw)] if pw > 1 else "")
            body = xs if mag == 1 else f"{mag}{xs}"
        if not parts:
            parts.append(("-" if c < 0 else "") + body)
        else:
            parts.append(("- " if c < 0 else "+ ") + body)
    return " ".join(parts)


def thpt_deriv(r):
    while True:
        a = r.choice([1, 2, 3, -1, -2])
        b = r.choice([v for v in range(-4, 5)])
        c = r.choice([v for v in range(-6, 7) if v != 0])
        d = r.randint(1, 9)
        x0 = r.choice([1, 2, 3, -1])
        ans = 3 * a * x0 * x0 + 2 * b * x0 + c
        fx0 = a * x0 ** 3 + b * x0 ** 2 + c * x0 + d
        cands = [fx0, a * x0 * x0 + b * x0 + c, 3 * a * x0 * x0 + 2 * b * x0, ans + d]
        if len({ans, *cands}) == 5:
            break
    f = poly_str([(a, 3), (b, 2), (c, 1), (d, 0)])
    return num_q(f"Cho hàm số f(x) = {f}. Giá trị của f'({x0}) là", ans, cands, positive=False)


def thpt_vieta(r):
    while True:
        r1 = r.choice([v for v in range(-7, 9) if v != 0])
        r2 = r.choice([v for v in range(-7, 9) if v != 0])
        s, p = r1 + r2, r1 * r2
        if r1 != r2 and s != 0 and abs(s) != abs(p):
            break
    eq = poly_str([(1, 2), (-s, 1), (p, 0)]) + " = 0"
    if r.random() < 0.5:
        return num_q(f"Tổng hai nghiệm của phương trình {eq} là", s, [-s, p, -p], positive=False)
    return num_q(f"Tích hai nghiệm của phương trình {eq} là", p, [-p, s, -s], positive=False)


SUB = {2: "₂", 3: "₃", 5: "₅"}


def thpt_log(r):
    b = r.choice([2, 3, 5])
    k = r.randint(2, 6 if b == 2 else 4)
    return num_q(f"Giá trị của log{SUB[b]} {b ** k} là", k, [b ** (k - 1), k + 1, b * k, k - 1])


def thpt_comb(r):
    n = r.randint(5, 10)
    k = r.choice([2, 3])
    c = math.comb(n, k)
    perm = math.perm(n, k)
    return num_q(f"Có bao nhiêu cách chọn {k} học sinh từ một nhóm gồm {n} học sinh (không phân biệt thứ tự)?",
                 c, [perm, n * k, math.comb(n, k + 1), n ** k])


def thpt_arith(r):
    u1 = r.randint(-5, 10)
    d = r.choice([v for v in range(-4, 6) if v not in (0, 1)])
    n = r.randint(8, 20)
    un = u1 + (n - 1) * d
    return num_q(f"Cho cấp số cộng (uₙ) có u₁ = {u1} và công sai d = {d}. Số hạng u{''.join('₀₁₂₃₄₅₆₇₈₉'[int(ch)] for ch in str(n))} bằng",
                 un, [u1 + n * d, u1 + (n - 2) * d, u1 * n + d, un + u1], positive=False)


def thpt_geom(r):
    u1 = r.choice([1, 2, 3])
    q = r.choice([2, 3])
    n = r.randint(4, 6)
    un = u1 * q ** (n - 1)
    sub = "₀₁₂₃₄₅₆₇₈₉"[n]
    return num_q(f"Cho cấp số nhân (uₙ) có u₁ = {u1} và công bội q = {q}. Số hạng u{sub} bằng",
                 un, [u1 * q ** n, u1 * q ** (n - 2), u1 + (n - 1) * q, un * 2])


def thpt_integral(r):
    a = r.randint(2, 6)
    c = r.randint(1, 9)
    ans = a * a + c * a
    return num_q(f"Tích phân của hàm số f(x) = 2x + {c} trên đoạn [0; {a}] bằng", ans,
                 [a * a, 2 * a + c, 2 * a * a + c * a, a * a + c])


def thpt_lim(r):
    while True:
        a, c = r.randint(1, 9), r.randint(2, 9)
        b, d = r.randint(1, 9), r.randint(1, 9)
        if Fraction(a, c) != Fraction(b, d) and a != c:
            break
    ans = frac_str(Fraction(a, c))
    ds = pick_distractors(ans, [frac_str(Fraction(b, d)), "0", frac_str(Fraction(a, d)), frac_str(Fraction(c, a)), "+∞"])
    return (f"Giới hạn lim ({a}n + {b})/({c}n + {d}) khi n → +∞ bằng", ans, ds)


def thpt_prob_balls(r):
    while True:
        red, blue = r.randint(2, 9), r.randint(2, 9)
        if red != blue:
            break
    tot = red + blue
    ans = frac_str(Fraction(red, tot))
    ds = pick_distractors(ans, [frac_str(Fraction(blue, tot)), frac_str(Fraction(red, blue)), frac_str(Fraction(1, tot)), frac_str(Fraction(1, red))])
    return (f"Một hộp có {red} viên bi đỏ và {blue} viên bi xanh có cùng kích thước. Lấy ngẫu nhiên 1 viên bi. "
            f"Xác suất để lấy được viên bi đỏ là", ans, ds)


DICE_EVENTS = [
    ("số chấm chẵn", lambda k: k % 2 == 0),
    ("số chấm chia hết cho 3", lambda k: k % 3 == 0),
    ("số chấm lớn hơn 4", lambda k: k > 4),
    ("số chấm là số nguyên tố", lambda k: k in (2, 3, 5)),
    ("số chấm nhỏ hơn 3", lambda k: k < 3),
    ("số chấm là 6", lambda k: k == 6),
]


def thpt_dice(r, idx):
    name, pred = DICE_EVENTS[idx % len(DICE_EVENTS)]
    cnt = sum(1 for k in range(1, 7) if pred(k))
    ans = frac_str(Fraction(cnt, 6))
    ds = pick_distractors(ans, [frac_str(Fraction(cnt, 36)), frac_str(Fraction(6 - cnt, 6)), frac_str(Fraction(cnt + 1, 6)),
                                "1/6", "1/3", "1/2", "2/3", "5/6"])
    return (f"Gieo một con xúc xắc cân đối và đồng chất một lần. Xác suất để xuất hiện mặt có {name} là", ans, ds)


# ---- Vật lý ----

def vl_speed(r):
    v = r.choice(range(30, 85, 5))
    t = r.randint(2, 4)
    s = v * t
    return num_q(f"Một ô tô đi quãng đường {s} km trong {t} giờ. Tốc độ trung bình của ô tô là", v,
                 [s * t, v * 2, Fraction(v, 2), s - t], unit="km/h")


def vl_ohm(r):
    i = r.choice([0.5, 1, 1.5, 2, 3])
    res = r.choice([4, 6, 8, 10, 12, 20])
    u = i * res
    return num_q(f"Đặt hiệu điện thế U = {fmt(u)} V vào hai đầu một điện trở R = {res} Ω. Cường độ dòng điện chạy qua điện trở là",
                 i, [u * res, res / u, i * 2, i + 1], unit="A")


def vl_newton(r):
    m = r.randint(2, 20)
    a = r.choice([0.5, 1.5, 2, 2.5, 3, 4])
    f = m * a
    return num_q(f"Một vật có khối lượng {m} kg chuyển động với gia tốc {fmt(a)} m/s². Độ lớn hợp lực tác dụng lên vật là",
                 f, [m / a, m + a, f * 2, f / 2], unit="N")


def vl_weight(r):
    m = r.choice([2, 3, 4, 5, 8, 12, 15, 25, 40, 60])
    return num_q(f"Lấy g = 10 m/s². Trọng lượng của một vật có khối lượng {m} kg là", 10 * m,
                 [m, m / 10, 100 * m, m + 10], unit="N")


def vl_kinetic(r):
    m = r.choice([2, 4, 6, 10, 50, 100])
    v = r.choice([2, 3, 4, 5, 10])
    w = m * v * v // 2
    return num_q(f"Một vật có khối lượng {m} kg chuyển động với vận tốc {v} m/s. Động năng của vật là", w,
                 [m * v * v, m * v // 2 if m * v % 2 == 0 else m * v, m * v, w * 4], unit="J")


def vl_power(r):
    p = r.choice([25, 40, 50, 75, 100, 120, 150])
    t = r.choice([10, 20, 30, 60])
    a = p * t
    return num_q(f"Một động cơ thực hiện công {fmt(a)} J trong thời gian {t} s. Công suất trung bình của động cơ là", p,
                 [a * t, p * 10, a - t, Fraction(p, 2)], unit="W")


def vl_heat(r):
    m = r.choice([0.5, 1, 2, 3])
    dt = r.choice([10, 20, 25, 50])
    q = m * 4.2 * dt
    return num_q(f"Cho nhiệt dung riêng của nước là 4200 J/(kg.K). Nhiệt lượng cần cung cấp để đun nóng {fmt(m)} kg nước tăng thêm {dt} °C là",
                 q, [m * 4.2, q * 1000, 4.2 * dt, q / 2], unit="kJ")


def vl_series(r):
    r1, r2 = r.choice([(4, 6), (10, 15), (12, 8), (20, 30), (5, 20), (3, 6)])
    return num_q(f"Hai điện trở R₁ = {r1} Ω và R₂ = {r2} Ω mắc nối tiếp. Điện trở tương đương của đoạn mạch là",
                 r1 + r2, [Fraction(r1 * r2, r1 + r2), r1 * r2, abs(r1 - r2)], unit="Ω")


def vl_parallel(r):
    r1, r2 = r.choice([(6, 3), (12, 6), (20, 5), (10, 10), (12, 4), (30, 15), (60, 20)])
    return num_q(f"Hai điện trở R₁ = {r1} Ω và R₂ = {r2} Ω mắc song song. Điện trở tương đương của đoạn mạch là",
                 Fraction(r1 * r2, r1 + r2), [r1 + r2, r1 * r2, abs(r1 - r2) if r1 != r2 else 2 * r1], unit="Ω")


def vl_pressure(r):
    p = r.choice([2000, 2500, 4000, 5000, 10000])
    s = r.choice([0.02, 0.05, 0.1, 0.2, 0.5])
    f = p * s
    return num_q(f"Một vật tác dụng áp lực {fmt(f)} N lên mặt sàn với diện tích bị ép {fmt(s)} m². Áp suất do vật gây ra là",
                 p, [f * s, p / 10, p * 10, f], unit="Pa")


def vl_potential(r):
    m = r.choice([2, 3, 5, 10])
    h = r.choice([2, 4, 5, 8, 12])
    return num_q(f"Lấy g = 10 m/s², chọn gốc thế năng tại mặt đất. Thế năng trọng trường của vật khối lượng {m} kg ở độ cao {h} m là",
                 m * 10 * h, [m * h, m * 10, m * 10 * h // 2, m * 10 + h], unit="J")


# ---- Hóa học ----

ATOMIC = {"H": 1, "C": 12, "N": 14, "O": 16, "Na": 23, "Mg": 24, "Al": 27, "S": 32, "Cl": 35.5, "K": 39, "Ca": 40, "Fe": 56, "Cu": 64}


def parse_formula(f):
    out = []
    i = 0
    while i < len(f):
        el = f[i]
        i += 1
        if i < len(f) and f[i].islower():
            el += f[i]
            i += 1
        num = ""
        while i < len(f) and f[i].isdigit():
            num += f[i]
            i += 1
        out.append((el, int(num) if num else 1))
    return out


def molar(f):
    return sum(ATOMIC[e] * n for e, n in parse_formula(f))


def mass_hint(f):
    els = []
    for e, _ in parse_formula(f):
        if e not in els:
            els.append(e)
    return ", ".join(f"{e} = {fmt(ATOMIC[e])}" for e in els)


def hh_molar(r, formula):
    parts = parse_formula(formula)
    m = molar(formula)
    once = sum(ATOMIC[e] for e, _ in parts)
    lightest = min(ATOMIC[e] for e, _ in parts)
    cands = [once, m + lightest, m - lightest, m * 2, m + 16]
    return num_q(f"Khối lượng mol của {formula} là (cho {mass_hint(formula)})", m, cands, unit="g/mol")


def hh_moles(r, formula):
    m = molar(formula)
    n = r.choice([0.1, 0.2, 0.25, 0.5, 1.5, 2, 3])
    mass = n * m
    return num_q(f"Số mol có trong {fmt(mass, 4)} gam {formula} là (cho {mass_hint(formula)})", n,
                 [n * 2, n / 2, n * 10, n + 1], unit="mol", decimals=3)


# ---- Sinh học ----

def sh_complement(r):
    pair = {"A": "T", "T": "A", "G": "X", "X": "G"}
    wrong = {"A": "G", "G": "A", "T": "X", "X": "T"}
    while True:
        seq = "".join(r.choice("ATGX") for _ in range(9))
        if len(set(seq)) == 4:
            break
    comp = "".join(pair[c] for c in seq)
    rna = comp.replace("T", "U")
    sw = "".join(wrong[c] for c in seq)
    dash = lambda s: "-".join(s)  # noqa: E731
    ans = dash(comp)
    ds = pick_distractors(ans, [dash(seq), dash(rna), dash(sw)])
    return (f"Một đoạn mạch đơn của phân tử ADN có trình tự nuclêôtit: {dash(seq)}. "
            f"Trình tự nuclêôtit tương ứng trên mạch bổ sung là", ans, ds)


def sh_chargaff(r, a):
    g = 50 - a
    return num_q(f"Một phân tử ADN mạch kép có số nuclêôtit loại A chiếm {a}% tổng số nuclêôtit. "
                 f"Tỉ lệ nuclêôtit loại G của phân tử này là", g, [a, 100 - a, 100 - 2 * a, 2 * a, 50 + a], unit="%")


def sh_gametes(r):
    letters = ["A", "B", "D", "E"]
    while True:
        n = r.choice([3, 4])
        kinds = [r.choice(["het", "het", "AA", "aa"]) for _ in range(n)]
        h = kinds.count("het")
        if 1 <= h < n or (h == n and n == 3):
            break
    g = ""
    for L, k in zip(letters, kinds):
        g += {"het": L + L.lower(), "AA": L + L, "aa": L.lower() + L.lower()}[k]
    ans = 2 ** h
    return num_q(f"Cơ thể có kiểu gen {g}, các cặp gen phân li độc lập. Khi giảm phân bình thường, cơ thể này "
                 f"tạo ra tối đa bao nhiêu loại giao tử?", ans, [2 ** n, 2 * h, h, 3 ** h, ans * 2])


# ---- Tin học ----

def th_bin2dec(r):
    n = r.randint(19, 120)
    b = bin(n)[2:]
    rev = int(b[::-1], 2)
    return num_q(f"Số nhị phân {b} (hệ cơ số 2) có giá trị trong hệ thập phân là", n, [rev, n + 1, n - 1, n * 2, n + 4])


def th_dec2bin(r):
    n = r.randint(10, 60)
    ans = bin(n)[2:]
    ds = pick_distractors(ans, [ans[::-1], bin(n + 1)[2:], bin(n - 1)[2:], bin(n * 2)[2:]])
    return (f"Số thập phân {n} được biểu diễn trong hệ nhị phân (cơ số 2) là", ans, ds)


def th_hex2dec(r):
    while True:
        n = r.randint(30, 250)
        h = format(n, "X")
        if any(ch.isalpha() for ch in h):
            break
    return num_q(f"Số {h} trong hệ thập lục phân (cơ số 16) có giá trị trong hệ thập phân là", n,
                 [int(h[::-1], 16), n + 16, n - 16, n + 10])


def th_py(r, kind):
    if kind == 0:
        a, b = r.randint(13, 47), r.choice([3, 4, 5, 6, 7])
        if a % b == 0:
            a += 1
        ans = str(a // b)
        ds = pick_distractors(ans, [repr(a / b) if len(repr(a / b)) < 8 else f"{a / b:.2f}", str(a % b), str(a // b + 1), str(a * b)])
        return (f"Trong Python 3, biểu thức {a} // {b} có giá trị là", ans, ds)
    if kind == 1:
        a, b = r.randint(13, 47), r.choice([3, 4, 5, 6, 7])
        if a % b == 0:
            a += 1
        ans = str(a % b)
        ds = pick_distractors(ans, [str(a // b), repr(a / b) if len(repr(a / b)) < 8 else f"{a / b:.2f}", str(b - a % b), "0"])
        return (f"Trong Python 3, biểu thức {a} % {b} có giá trị là", ans, ds)
    if kind == 2:
        k = r.randint(3, 8)
        ans = str(2 ** k)
        ds = pick_distractors(ans, [str(2 * k), str(k ** 2), str(2 ** (k - 1)), str(2 ** (k + 1))])
        return (f"Trong Python 3, biểu thức 2 ** {k} có giá trị là", ans, ds)
    s = r.choice(["ab", "xy", "Hi", "ok"])
    k = r.choice([2, 3])
    ans = '"' + s * k + '"'
    ds = pick_distractors(ans, ['"' + s + str(k) + '"', '"' + "".join(ch * k for ch in s) + '"', "Báo lỗi kiểu dữ liệu (TypeError)"])
    return (f"Trong Python 3, biểu thức \"{s}\" * {k} cho kết quả là", ans, ds)


# ---- Kinh tế ----

def kt_cpi(r):
    y1 = r.choice([100, 120, 150, 200, 250])
    rate = r.choice([2, 3, 4, 5, 6, 8, 10])
    y2 = y1 * (100 + rate) / 100
    diff = y2 - y1
    return num_q(f"Chỉ số giá tiêu dùng (CPI) của một nền kinh tế là {fmt(y1)} vào năm trước và {fmt(y2)} vào năm nay. "
                 f"Tỉ lệ lạm phát năm nay là", rate, [diff if diff != rate else None, round(diff / y2 * 100, 2), 100 + rate, rate * 2],
                 unit="%")


def kt_elastic(r):
    dp = r.choice([5, 10, 20])
    e = r.choice([0.5, 1.5, 2, 2.5, 3, 0.2])
    dq = e * dp
    return num_q(f"Khi giá một mặt hàng tăng {dp}%, lượng cầu về mặt hàng đó giảm {fmt(dq)}% (các yếu tố khác không đổi). "
                 f"Độ co giãn của cầu theo giá (tính theo giá trị tuyệt đối) là", e,
                 [dp / dq, dq - dp if dq != dp else None, dq + dp, dq * dp])


def kt_real_rate(r):
    i = r.choice([6, 7, 8, 9, 10, 12])
    pi = r.choice([2, 3, 4, 5])
    return num_q(f"Lãi suất danh nghĩa là {i}%/năm và tỉ lệ lạm phát là {pi}%/năm. Theo công thức gần đúng, lãi suất thực xấp xỉ bằng",
                 i - pi, [i + pi, pi - i, i, i * pi], unit="%/năm", positive=False)


def kt_gdp_growth(r):
    g1 = r.choice([400, 500, 800, 1000, 1200])
    g = r.choice([3, 5, 6, 7, 8])
    g2 = g1 * (100 + g) // 100
    return num_q(f"GDP thực tế của một quốc gia là {fmt(g1)} nghìn tỉ đồng năm trước và {fmt(g2)} nghìn tỉ đồng năm nay. "
                 f"Tốc độ tăng trưởng GDP thực tế năm nay là", g, [g2 - g1, round((g2 - g1) / g2 * 100, 2), 100 + g, g * 2],
                 unit="%")


# ---- Tài chính cá nhân ----

def tc_simple(r):
    p = r.choice([20, 50, 80, 100, 200])
    rate = r.choice([5, 6, 7, 8])
    n = r.choice([2, 3])
    interest = p * rate * n / 100
    comp = round(p * (1 + rate / 100) ** n - p, 2)
    return num_q(f"Gửi tiết kiệm {p} triệu đồng với lãi suất {rate}%/năm theo hình thức lãi đơn. "
                 f"Sau {n} năm, tổng số tiền lãi nhận được là", interest,
                 [p * rate / 100, p + interest, comp, interest * 2], unit="triệu đồng")


def tc_compound(r):
    p = r.choice([50, 100, 200])
    rate = r.choice([5, 6, 8, 10])
    n = 2
    total = round(p * (1 + rate / 100) ** n, 2)
    return num_q(f"Gửi {p} triệu đồng với lãi suất {rate}%/năm, lãi được nhập vào gốc sau mỗi năm (lãi kép). "
                 f"Sau {n} năm, tổng số tiền (cả gốc và lãi) là", total,
                 [p + p * rate * n / 100, round(p * (1 + rate / 100), 2), round(p * (1 + rate / 100) ** 3, 2), p * rate * n / 100],
                 unit="triệu đồng")


def tc_503020(r):
    inc = r.choice([10, 12, 15, 18, 20, 25, 30])
    part, pct = r.choice([("tiết kiệm và trả nợ", 20), ("nhu cầu thiết yếu", 50), ("mong muốn cá nhân", 30)])
    ans = inc * pct / 100
    cands = [inc * p / 100 for p in (50, 30, 20, 10) if p != pct]
    return num_q(f"Theo quy tắc 50/30/20 (50% cho nhu cầu thiết yếu, 30% cho mong muốn cá nhân, 20% cho tiết kiệm và trả nợ), "
                 f"một người có thu nhập {inc} triệu đồng/tháng nên dành cho {part} bao nhiêu mỗi tháng?", ans, cands,
                 unit="triệu đồng")


def tc_emergency(r):
    months = r.choice([3, 6])
    exp = r.choice([7, 8, 9, 12, 15])
    ans = months * exp
    return num_q(f"Chi tiêu thiết yếu của một gia đình là {exp} triệu đồng/tháng. Nếu muốn có quỹ dự phòng bằng {months} tháng "
                 f"chi tiêu thiết yếu thì quỹ cần có", ans, [exp + months, ans * 2, exp * (months - 1), ans + exp], unit="triệu đồng")


def tc_rule72(r):
    rate = r.choice([4, 6, 8, 9, 12])
    return num_q(f"Theo quy tắc 72, với lãi suất kép {rate}%/năm, số tiền đầu tư sẽ tăng gấp đôi sau xấp xỉ bao nhiêu năm?",
                 72 // rate, [72 * rate // 10, 100 // rate if 100 // rate != 72 // rate else None, rate, 72 // rate * 2], unit="năm")


def tc_discount(r):
    price = r.choice([250, 400, 600, 850, 1200, 1500]) * 1000
    d = r.choice([10, 15, 20, 25, 30])
    ans = price * (100 - d) // 100
    return num_q(f"Một chiếc áo có giá niêm yết {fmt(price)} đồng, được giảm giá {d}%. Số tiền phải trả là",
                 ans, [price * d // 100, price - d * 1000, price * (100 + d) // 100], unit="đồng")


def tc_loan_interest(r):
    p = r.choice([20, 30, 50, 60])
    rate = r.choice([1, 1.5, 2])
    ans = p * 1_000_000 * rate / 100
    return num_q(f"Vay {p} triệu đồng với lãi suất {fmt(rate)}%/tháng, tính trên dư nợ gốc. Tiền lãi phải trả trong tháng đầu tiên là",
                 ans, [ans * 12, ans * 10, ans / 10], unit="đồng")


# ---------------------------------------------------------------------------
# assemble
# ---------------------------------------------------------------------------

def generated(subject: str, r: random.Random):
    g: list = []
    if subject == "Toán tiểu học":
        for fn in [tth_add, tth_sub, tth_mul, tth_div, tth_rect_perim, tth_rect_area, tth_square_perim, tth_convert,
                   tth_frac_add, tth_find_x, tth_avg, tth_word_rem, tth_time,
                   tth_add, tth_mul, tth_div, tth_convert, tth_frac_add, tth_word_rem, tth_time]:
            g.append(fn)
        return [(lambda fn=fn: fn(r)) for fn in g]
    if subject == "Toán THCS":
        fns = [thcs_eq1, thcs_pyth, thcs_pct, thcs_slope, thcs_triangle, thcs_sqrt, thcs_gcd, thcs_circle, thcs_system,
               thcs_expr, thcs_eq1, thcs_pyth, thcs_pct, thcs_slope, thcs_gcd, thcs_system, thcs_eq1, thcs_triangle, thcs_gcd, thcs_circle]
        return [(lambda fn=fn: fn(r)) for fn in fns]
    if subject == "Toán THPT":
        fns = [thpt_deriv, thpt_vieta, thpt_log, thpt_comb, thpt_arith, thpt_geom, thpt_integral, thpt_lim, thpt_prob_balls,
               thpt_deriv, thpt_vieta, thpt_log, thpt_comb, thpt_arith, thpt_geom, thpt_lim, thpt_deriv]
        out = [(lambda fn=fn: fn(r)) for fn in fns]
        out += [(lambda i=i: thpt_dice(r, i)) for i in range(4)]
        return out
    if subject == "Vật lý THPT":
        fns = [vl_speed, vl_ohm, vl_newton, vl_weight, vl_kinetic, vl_power, vl_heat, vl_series, vl_parallel, vl_pressure,
               vl_potential, vl_ohm, vl_kinetic, vl_parallel, vl_heat]
        return [(lambda fn=fn: fn(r)) for fn in fns]
    if subject == "Hóa học THPT":
        forms = ["H2SO4", "CaCO3", "Fe2O3", "C6H12O6", "CuSO4", "Al2O3", "HNO3"]
        moles = ["NaOH", "CO2", "NaCl", "MgCl2", "SO2"]
        return [(lambda f=f: hh_molar(r, f)) for f in forms] + [(lambda f=f: hh_moles(r, f)) for f in moles]
    if subject == "Sinh học THPT":
        return ([(lambda: sh_complement(r)) for _ in range(2)]
                + [(lambda a=a: sh_chargaff(r, a)) for a in (15, 30)]
                + [(lambda: sh_gametes(r)) for _ in range(2)])
    if subject == "Tin học đại cương":
        return ([(lambda: th_bin2dec(r)) for _ in range(2)] + [(lambda: th_dec2bin(r)) for _ in range(2)]
                + [(lambda: th_hex2dec(r)) for _ in range(2)] + [(lambda k=k: th_py(r, k)) for k in range(4)])
    if subject == "Kinh tế học cơ bản":
        return ([(lambda: kt_cpi(r)) for _ in range(2)] + [(lambda: kt_elastic(r)) for _ in range(2)]
                + [(lambda: kt_real_rate(r)) for _ in range(2)] + [(lambda: kt_gdp_growth(r)) for _ in range(2)])
    if subject == "Văn học Việt Nam":
        return [(lambda i=i: vh_author(r, i)) for i in range(len(WORKS))] + [(lambda i=i: vh_work(r, i)) for i in range(4)]
    if subject == "Tài chính cá nhân":
        fns = [tc_simple, tc_compound, tc_503020, tc_emergency, tc_rule72, tc_discount, tc_loan_interest,
               tc_simple, tc_compound, tc_503020, tc_rule72, tc_discount, tc_emergency, tc_503020]
        return [(lambda fn=fn: fn(r)) for fn in fns]
    return []


def vh_author(r, i):
    work, author = WORKS[i]
    others = sorted({a for _, a in WORKS if a != author})
    ds = r.sample(others, 3)
    return (f"Tác phẩm \"{work}\" là của tác giả nào?", author, ds)


VH_WORK_AUTHORS = ["Nam Cao", "Tô Hoài", "Nguyễn Tuân", "Xuân Quỳnh"]


def vh_work(r, i):
    author = VH_WORK_AUTHORS[i]
    mine = [w for w, a in WORKS if a == author]
    others = sorted(w for w, a in WORKS if a != author)
    ans = r.choice(mine)
    ds = r.sample(others, 3)
    return (f"Tác phẩm nào sau đây là của tác giả {author}?", f"\"{ans}\"", [f"\"{d}\"" for d in ds])


def validate(item, subject):
    q, a, ds = item
    choices = [a] + list(ds)
    assert len(ds) == 3, (subject, q)
    assert all(isinstance(c, str) and c.strip() for c in choices), (subject, q, choices)
    assert len(set(choices)) == 4, (subject, q, choices)
    assert q.strip()


def build():
    r = random.Random(SEED)
    dev, test = [], []
    counter = 0
    seen_q = set()
    for subject, group, level in SUBJECTS:
        items = list(AUTHORED.get(subject, []))
        for make in generated(subject, r):
            for _ in range(50):
                it = make()
                if it[0] not in seen_q and all(it[0] != x[0] for x in items):
                    break
            else:
                raise RuntimeError(f"could not make a unique question for {subject}")
            items.append(it)
        for it in items:
            validate(it, subject)
            assert it[0] not in seen_q, it[0]
            seen_q.add(it[0])
        r.shuffle(items)
        positions: list[int] = []
        while len(positions) < len(items):
            block = [0, 1, 2, 3]
            r.shuffle(block)
            positions += block
        for k, ((q, a, ds), pos) in enumerate(zip(items, positions)):
            ds = list(ds)
            r.shuffle(ds)
            choices = ds[:pos] + [a] + ds[pos:]
            counter += 1
            rec = {
                "id": f"vm-{counter:04d}",
                "subject": nfc(subject),
                "group": nfc(group),
                "level": nfc(level),
                "question": nfc(q),
                "choices": [nfc(c) for c in choices],
                "answer": LETTERS[pos],
            }
            (dev if k < DEV_PER_SUBJECT else test).append(rec)
    return dev, test


def write_jsonl(path, rows):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    os.replace(tmp, path)


def main():
    dev, test = build()
    write_jsonl(os.path.join(HERE, "dev.jsonl"), dev)
    write_jsonl(os.path.join(HERE, "test.jsonl"), test)
    from collections import Counter
    allr = dev + test
    print(f"dev: {len(dev)}  test: {len(test)}  total: {len(allr)}")
    per = Counter(x["subject"] for x in allr)
    for subject, group, level in SUBJECTS:
        print(f"  {subject:22s} {group:16s} {level:14s} {per[subject]:3d}")
    ans = Counter(x["answer"] for x in allr)
    print("answers:", {k: f"{ans[k]} ({100 * ans[k] / len(allr):.1f}%)" for k in LETTERS})
    for name, rows in (("dev", dev), ("test", test)):
        c = Counter(x["answer"] for x in rows)
        print(f"  {name}:", {k: c[k] for k in LETTERS})


if __name__ == "__main__":
    main()
