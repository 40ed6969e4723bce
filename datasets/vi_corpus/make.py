"""Build the Vietnamese multi-domain pretraining corpus (train.jsonl, validation.jsonl, README.md).

Run from the repository root:

    python3 datasets/vi_corpus/make.py

Everything in this file was written for this project: the sentences, the
mini-narratives, the questions and answers, the step lists and the slot values
(names, places, organisations). Nothing is copied from Wikipedia, news sites,
laws or any other third-party text. Organisation and shop names are invented.

How documents are made
----------------------
* Eight domains. Each domain holds five topics (about twenty sentences each,
  many with slots such as {name}, {city}, {date}, {tien}), a pool of general
  sentences, eight paragraph-length narratives, ten question/answer pairs and
  one ordered step list per topic.
* Shared frames (openings and closings for each document type) and a pool of
  cross-domain everyday sentences are written once and used by every domain.
* Every authored list is partitioned once, with the seeded RNG, into a
  training part (about 85 %) and a validation part (about 15 %). Validation
  documents are built only from validation pieces, so no authored sentence
  appears in both splits.
* A document has a domain, a type (hướng dẫn, thông báo, câu chuyện, hỏi đáp,
  bản tin, thư) and a topic; it is composed from 3-8 paragraphs. Pieces are
  chosen least-used-first so that no sentence dominates the corpus, and a
  document never repeats a sentence.

Standard library only; deterministic (random.Random(20261123)); writes to a
temporary name and then os.replace, so reruns produce byte-identical files.
"""

from __future__ import annotations

import datetime
import json
import math
import os
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict

SEED = 20261123
HERE = os.path.dirname(os.path.abspath(__file__))
VAL_FRAC = 0.15
DOCS_PER_DOMAIN = 46
VAL_DOCS = [3, 3, 3, 3, 3, 3, 2, 2]  # per domain, in DOMAINS order -> 22 of 368 (about 6 %)
TYPES = ["hướng dẫn", "thông báo", "câu chuyện", "hỏi đáp", "bản tin", "thư"]


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


# ---------------------------------------------------------------------------
# slot material: people, places, organisations, things
# ---------------------------------------------------------------------------

HO = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
      "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương", "Đào", "Lương",
      "Mai", "Cao", "Tạ", "Lâm"]
DEM_NAM = ["Văn", "Hữu", "Đức", "Minh", "Quang", "Thanh", "Công", "Xuân", "Quốc", "Trọng", "Anh", "Gia"]
DEM_NU = ["Thị", "Ngọc", "Thu", "Thanh", "Minh", "Kim", "Thúy", "Bảo", "Hồng", "Phương", "Mỹ", "Diệu"]
TEN_NAM = ["An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hiếu", "Hoàng", "Hùng", "Huy", "Khang",
           "Khoa", "Kiên", "Long", "Lộc", "Minh", "Nam", "Nghĩa", "Phong", "Phúc", "Quân", "Quang",
           "Sơn", "Tài", "Thắng", "Thành", "Thịnh", "Toàn", "Trung", "Tuấn", "Tùng", "Việt",
           "Vinh", "Vũ", "Đức", "Hưng"]
TEN_NU = ["Anh", "Chi", "Dung", "Duyên", "Giang", "Hà", "Hạnh", "Hằng", "Hiền", "Hoa", "Hồng",
          "Huyền", "Hương", "Lan", "Liên", "Linh", "Loan", "Mai", "My", "Nga", "Ngân", "Ngọc",
          "Nhung", "Oanh", "Phương", "Quyên", "Thảo", "Thủy", "Thư", "Trang", "Trinh", "Uyên",
          "Vân", "Vy", "Yến", "Tâm"]
BE = ["Na", "Bi", "Bông", "Su", "Tôm", "Cún", "Mít", "Bơ", "Gạo", "Sóc", "Nấm", "Bin",
      "Bống", "Kem", "Cốm", "Sữa", "Tít", "Mây", "Cà Rốt", "Bắp"]
HOC_SINH = ["Minh Khang", "Bảo Ngọc", "Gia Huy", "Khánh Linh", "Tuấn Kiệt", "Thảo My", "Đức Anh",
            "Hà My", "Quốc Bảo", "Ngọc Hân", "Anh Thư", "Phúc An", "Nhật Minh", "Thanh Trúc",
            "Hoàng Nam", "Minh Châu", "Bảo Long", "Diệu Linh", "Trung Kiên", "Phương Anh"]

# 34 provinces and centrally-run cities (2025 map) plus eight well-known cities
TINH = ["Hà Nội", "Thành phố Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế",
        "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa", "Nghệ An",
        "Hà Tĩnh", "Cao Bằng", "Tuyên Quang", "Lào Cai", "Thái Nguyên", "Phú Thọ", "Bắc Ninh",
        "Hưng Yên", "Ninh Bình", "Quảng Trị", "Quảng Ngãi", "Gia Lai", "Khánh Hòa", "Lâm Đồng",
        "Đắk Lắk", "Đồng Nai", "Tây Ninh", "Vĩnh Long", "Đồng Tháp", "Cà Mau", "An Giang"]
THANH_PHO = {"Hạ Long": "Quảng Ninh", "Vinh": "Nghệ An", "Nha Trang": "Khánh Hòa",
             "Đà Lạt": "Lâm Đồng", "Buôn Ma Thuột": "Đắk Lắk", "Pleiku": "Gia Lai",
             "Biên Hòa": "Đồng Nai", "Hội An": "Đà Nẵng"}
PHUONG = ["phường An Khánh", "phường Hòa Cường", "phường Trung Hòa", "phường Phú Lợi",
          "phường Tân Phong", "phường Thạnh Mỹ", "phường Long Biên", "phường Ninh Kiều",
          "phường Hòa Minh", "phường Đông Hải", "phường Bình Trưng", "phường Tân Mai",
          "phường Kim Liên", "phường Vĩnh Phước", "phường Quang Trung", "phường Lê Lợi",
          "phường Hồng Hà", "phường Cẩm Lệ", "xã Tân Lập", "xã Phú Hòa", "xã Mỹ Lộc",
          "xã Thạnh Phú", "xã Hòa Tiến", "xã Đông Sơn", "xã Yên Thường", "xã An Bình",
          "xã Tiên Phong", "xã Bình Minh", "xã Thuận An", "xã Hưng Đạo"]

BENH_VIEN = ["Bệnh viện Đa khoa Bình An", "Bệnh viện Đa khoa Thanh Tâm", "Bệnh viện Đa khoa Hồng Phúc",
             "Bệnh viện Đa khoa Minh An", "Bệnh viện Đa khoa Phúc Thịnh", "Bệnh viện Đa khoa An Sinh",
             "Bệnh viện Đa khoa Thiện Tâm"]
TRUONG = {
    "Trường Tiểu học": (["Kim Đồng", "Lê Văn Tám", "Võ Thị Sáu", "Trần Quốc Toản", "Nguyễn Bá Ngọc"], (1, 5)),
    "Trường Trung học cơ sở": (["Lê Quý Đôn", "Nguyễn Trãi", "Ngô Sĩ Liên", "Lê Lợi", "Chu Văn An"], (6, 9)),
    "Trường Trung học phổ thông": (["Nguyễn Du", "Trần Phú", "Phan Bội Châu", "Lương Thế Vinh",
                                    "Hoàng Văn Thụ"], (10, 12)),
}
MON = ["Toán", "Ngữ văn", "Tiếng Anh", "Lịch sử", "Địa lý", "Khoa học", "Tin học", "Vật lý", "Sinh học"]
CONG_TY = ["Công ty TNHH Sao Việt", "Công ty Cổ phần Minh Phát", "Công ty TNHH Hưng Thịnh",
           "Công ty Cổ phần An Khang", "Công ty TNHH Phương Nam", "Công ty Cổ phần Đại Dương Xanh",
           "Công ty TNHH Trường Sơn", "Công ty Cổ phần Thành Đạt", "Công ty TNHH Nam Việt",
           "Công ty Cổ phần Hoàng Long"]
CONG_TY_VT = ["Công ty Giao nhận Nhanh Việt", "Công ty Vận tải Bắc Nam", "Công ty Logistics Sông Hàn",
              "Công ty Chuyển phát Tốc Hành", "Công ty Kho vận Phú Mỹ", "Công ty Vận tải Hồng Hà",
              "Công ty Giao vận Mê Kông"]
KHO = ["kho Tân Tạo", "kho Sóng Thần", "kho Yên Viên", "kho Đình Vũ", "kho Hòa Khánh",
       "kho Trà Nóc", "kho Long Hậu", "kho Quế Võ"]
BAO_HIEM = ["Công ty Bảo hiểm An Tâm", "Công ty Bảo hiểm Phú Gia", "Công ty Bảo hiểm Bình An",
            "Công ty Bảo hiểm Thịnh An", "Công ty Bảo hiểm Việt Tín"]
CUA_HANG = ["Điện máy Sao Kim", "Siêu thị Hương Quê", "Viễn thông Kết Nối Xanh",
            "Cửa hàng Điện tử Minh Khoa", "Nội thất Mộc An", "Điện máy Gia Phúc", "Siêu thị Mai Vàng"]
SAN_PHAM = ["máy giặt", "tủ lạnh", "điều hòa", "nồi cơm điện", "máy lọc nước", "điện thoại",
            "máy tính xách tay", "tai nghe không dây", "bếp từ", "quạt điện", "lò vi sóng",
            "máy hút bụi", "máy sấy tóc", "tivi"]
HANG = ["thùng nước ngọt", "bao gạo", "thùng sữa", "kiện vải", "thùng mì gói", "hộp linh kiện",
        "thùng dầu ăn", "bao xi măng", "kiện sách", "thùng bánh kẹo", "thùng nước mắm"]
VI_TRI = ["nhân viên kế toán", "nhân viên bán hàng", "kỹ sư phần mềm", "nhân viên kho",
          "chuyên viên nhân sự", "nhân viên chăm sóc khách hàng", "nhân viên lễ tân",
          "nhân viên thiết kế đồ họa", "kỹ thuật viên bảo trì", "nhân viên kinh doanh"]
PHONG_BAN = ["phòng Kế toán", "phòng Kinh doanh", "phòng Kỹ thuật", "phòng Hành chính",
             "bộ phận Kho", "phòng Tiếp thị"]
RAU = ["rau muống", "rau cải ngọt", "rau ngót", "rau mồng tơi", "rau dền", "cải cúc",
       "rau lang", "rau đay", "rau bí", "cải xanh"]
QUA = ["xoài", "cam", "bưởi", "chuối", "nhãn", "vải thiều", "thanh long", "dưa hấu", "ổi",
       "mận", "quýt", "na"]
MON_AN = ["thịt kho trứng", "cá kho tộ", "đậu phụ sốt cà chua", "gà luộc lá chanh",
          "sườn xào chua ngọt", "trứng đúc thịt", "bò xào cần tây", "mực xào dứa",
          "tôm rang thịt", "nem rán", "chả lá lốt", "cá thu sốt cà"]
THOI_TIET = ["nắng nhẹ", "se lạnh", "mưa phùn lất phất", "oi bức", "mát mẻ", "nhiều mây",
             "trong xanh", "hơi âm u"]
THU = ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"]


def dot(n: int) -> str:
    """12500 -> '12.500' (Vietnamese thousands separator)."""
    return f"{n:,}".replace(",", ".")


def money(n: int) -> str:
    return dot(n) + " đồng"


def _luong2(r, c):
    base = int(c["luong"].split()[0].replace(".", ""))
    return money(base + r.randrange(3, 11) * 1_000_000)


# values drawn afresh for every piece (the same key inside one piece stays the same)
FRESH = {
    "tien_nho": lambda r, c: money(r.randrange(4, 100) * 5_000),
    "tien": lambda r, c: money(r.randrange(5, 100) * 100_000),
    "tien_lon": lambda r, c: money(r.randrange(10, 500) * 1_000_000),
    "tien_an": lambda r, c: money(r.randrange(5, 13) * 5_000),
    "tien_thit": lambda r, c: money(r.randrange(24, 37) * 5_000),
    "tien_qua": lambda r, c: money(r.randrange(3, 13) * 5_000),
    "luong": lambda r, c: money(r.randrange(7, 21) * 1_000_000),
    "luong2": _luong2,
    "pct": lambda r, c: f"{r.choice([5, 10, 15, 20, 25, 30, 35, 40])}%",
    "pct_nho": lambda r, c: f"{r.randrange(3, 13)}%",
    "pct_cao": lambda r, c: f"{r.randrange(86, 99)}%",
    "so": lambda r, c: str(r.randrange(2, 13)),
    "so2": lambda r, c: str(r.randrange(12, 61)),
    "so3": lambda r, c: str(r.randrange(110, 990)),
    "so_lon": lambda r, c: dot(r.randrange(24, 1000) * 50),
    "ngay_so": lambda r, c: str(r.randrange(3, 31)),
    "phut": lambda r, c: str(r.randrange(8, 26)),
    "thang_so": lambda r, c: str(r.randrange(2, 13)),
    "nam_so": lambda r, c: str(r.randrange(3, 21)),
    "nhiet": lambda r, c: r.choice(["37,8", "38", "38,2", "38,5", "38,7", "39", "39,2", "39,5"]) + " độ C",
    "nhiet_he": lambda r, c: str(r.randrange(36, 41)),
    "nhiet_dong": lambda r, c: str(r.randrange(8, 17)),
    "kg": lambda r, c: str(r.randrange(2, 31)),
    "km": lambda r, c: str(r.randrange(20, 121)),
    "gio": lambda r, c: r.choice(["6 giờ 30", "7 giờ", "7 giờ 30", "8 giờ", "8 giờ 30", "9 giờ"]),
    "gio2": lambda r, c: r.choice(["16 giờ", "16 giờ 30", "17 giờ", "17 giờ 30"]),
    "sdt": lambda r, c: "0" + r.choice(["90", "91", "93", "94", "96", "97", "98", "86", "88", "83",
                                        "84", "85", "70", "76", "77", "78", "79", "32", "35", "38"])
                        + f"{r.randrange(0, 10)} {r.randrange(100, 1000)} {r.randrange(100, 1000)}",
    "hotline": lambda r, c: r.choice(["1900", "1800"]) + f" {r.randrange(1000, 10000)}",
    "ma": lambda r, c: r.choice(["HS", "YC", "DH", "BT", "VD", "TN"]) + f"{r.randrange(100000, 1000000)}",
    "diem": lambda r, c: r.choice(["7", "8", "9", "10"]),
    "si_so": lambda r, c: str(r.randrange(30, 46)),
    "ngay_luong": lambda r, c: str(r.choice([1, 5, 10, 15])),
    "ban_doc": lambda r, c: person(r)[1],
    "tinh_bd": lambda r, c: r.choice(TINH),
}


# ---------------------------------------------------------------------------
# shared frames (openings and closings of each document type)
# ---------------------------------------------------------------------------

FRAMES = {
    "hd_title": [
        "Hướng dẫn {tt}", "Cách {tt} đơn giản, đúng quy trình", "Những điều cần biết khi {tt}",
        "{tt}: hướng dẫn từng bước", "Làm thế nào để {tt}?", "Kinh nghiệm {tt} cho người mới",
        "Cẩm nang nhỏ: {tt}",
    ],
    "hd_intro": [
        "Nhiều người vẫn còn lúng túng mỗi khi cần {tt}.",
        "Bài viết này tóm tắt những điều cơ bản bạn nên biết trước khi {tt}.",
        "Việc {tt} không quá phức tạp nếu bạn chuẩn bị kỹ từ đầu.",
        "Dưới đây là hướng dẫn ngắn gọn, dễ làm theo, dành cho {doi_tuong} khi {tt}.",
        "Nắm rõ quy trình sẽ giúp bạn tiết kiệm thời gian và tránh phải đi lại nhiều lần khi {tt}.",
        "Nếu đây là lần đầu bạn {tt}, hãy đọc kỹ phần hướng dẫn bên dưới.",
        "Theo ghi nhận của {to_chuc}, thắc mắc được nhiều người gửi đến nhất gần đây là làm sao để {tt} cho đúng.",
        "Chỉ cần làm theo vài bước đơn giản, bạn có thể tự {tt} mà không phải nhờ người khác.",
        "Trước khi bắt đầu, bạn nên dành vài phút đọc qua các lưu ý dưới đây để việc {tt} được suôn sẻ.",
        "Hướng dẫn sau được {to_chuc} tổng hợp từ những thắc mắc thường gặp của {doi_tuong}.",
        "Không ít người từng phải quay lại vài lần chỉ vì chưa nắm rõ cách {tt}.",
    ],
    "hd_lead": [
        "Các bước thực hiện cụ thể như sau.",
        "Bạn có thể làm theo trình tự dưới đây.",
        "Quy trình gồm các bước chính sau.",
        "Hãy lần lượt thực hiện những việc sau.",
        "Trình tự được nhiều người áp dụng thành công như sau.",
        "Để dễ theo dõi, chúng tôi chia quy trình thành từng bước.",
        "Tóm tắt ngắn gọn, bạn chỉ cần nhớ mấy bước sau.",
        "Quy trình {tt} gồm các bước sau đây.",
        "Với việc {tt}, bạn có thể làm lần lượt như sau.",
        "Cụ thể, bạn nên làm theo thứ tự dưới đây.",
        "Các bước cơ bản để {tt} như sau.",
        "Dưới đây là các bước mà {to_chuc} khuyến nghị.",
        "Nhìn chung, quy trình chỉ gồm vài bước ngắn gọn.",
    ],
    "hd_close": [
        "Nếu còn vướng mắc, bạn có thể liên hệ trực tiếp {to_chuc} để được hướng dẫn thêm.",
        "Chúc bạn thực hiện thuận lợi và tiết kiệm được thời gian.",
        "Hãy lưu lại hướng dẫn này để tiện tra cứu khi cần.",
        "Chuẩn bị kỹ một chút hôm nay sẽ giúp bạn đỡ vất vả hơn nhiều về sau.",
        "Mọi thông tin chi tiết, bạn có thể gọi số {hotline} trong giờ hành chính.",
        "Đừng ngại hỏi lại người phụ trách nếu có điểm nào chưa rõ.",
        "Bạn cũng có thể chia sẻ hướng dẫn này cho người thân đang cần.",
        "Quy định có thể được cập nhật, vì vậy hãy kiểm tra lại thông tin mới nhất trước khi làm.",
        "Làm đúng ngay từ đầu luôn nhanh hơn sửa sai về sau.",
        "Chỉ cần kiên nhẫn một chút, việc {tt} sẽ nhẹ nhàng hơn bạn nghĩ.",
        "Nếu thấy hướng dẫn hữu ích, hãy gửi cho bạn bè và người thân cùng tham khảo.",
        "Hy vọng những gợi ý trên giúp bạn tự tin hơn khi {tt}.",
        "Mỗi trường hợp có thể khác nhau đôi chút, vì vậy hãy hỏi thêm {to_chuc} khi cần.",
    ],
    "tb_title": [
        "Thông báo về việc {tt}", "Thông báo của {to_chuc}", "Thông báo: {tt}",
        "{to_chuc} thông báo về việc {tt}", "Thông báo gửi {doi_tuong}",
    ],
    "tb_intro": [
        "{to_chuc} trân trọng thông báo tới {doi_tuong} về việc {tt}.",
        "Nhằm phục vụ {doi_tuong} được tốt hơn, {to_chuc} thông báo một số điểm mới liên quan đến việc {tt}.",
        "Căn cứ kế hoạch công tác năm {nam_nay}, {to_chuc} gửi tới {doi_tuong} thông báo về việc {tt}.",
        "{to_chuc} xin thông báo để {doi_tuong} được biết và chủ động sắp xếp thời gian.",
        "Thực hiện kế hoạch chung, {to_chuc} triển khai đợt hỗ trợ {doi_tuong} trong việc {tt}.",
        "Để tránh tình trạng quá tải, {to_chuc} đề nghị {doi_tuong} lưu ý một số nội dung sau.",
        "Kính gửi {doi_tuong}, {to_chuc} xin thông báo một số thông tin quan trọng về việc {tt}.",
        "Trước nhu cầu ngày càng tăng của {doi_tuong}, {to_chuc} điều chỉnh cách tiếp nhận liên quan đến việc {tt}.",
    ],
    "tb_time": [
        "Thời gian áp dụng: từ ngày {date} đến hết ngày {date2}.",
        "Thời gian tiếp nhận: từ {gio} đến {gio2} các ngày trong tuần, trừ Chủ nhật.",
        "Đợt triển khai bắt đầu từ ngày {date} và dự kiến kéo dài trong {ngay_so} ngày.",
        "Nội dung này có hiệu lực kể từ ngày {date}.",
        "Hạn cuối để đăng ký là ngày {date2}.",
        "Lịch cụ thể được niêm yết tại bảng tin và cập nhật trên trang thông tin điện tử của đơn vị.",
        "Các nội dung trên được thực hiện bắt đầu từ {thu}, ngày {date}.",
        "Địa điểm tiếp nhận: trụ sở {to_chuc}.",
        "Thời gian thực hiện: từ {gio} ngày {date}.",
        "Thời hạn hoàn thành: trước ngày {date2}.",
    ],
    "tb_close": [
        "Mọi thắc mắc xin liên hệ số điện thoại {sdt} trong giờ hành chính.",
        "{to_chuc} rất mong nhận được sự hợp tác của {doi_tuong}.",
        "Trân trọng thông báo để mọi người cùng biết và thực hiện.",
        "Xin cảm ơn sự quan tâm và phối hợp của {doi_tuong}.",
        "Thông tin chi tiết vui lòng liên hệ đường dây nóng {hotline}.",
        "Đề nghị {doi_tuong} theo dõi bảng tin thường xuyên để cập nhật thông tin mới.",
        "Rất mong {doi_tuong} thông cảm vì sự bất tiện có thể xảy ra.",
        "Thông báo này thay cho giấy mời, rất mong {doi_tuong} quan tâm.",
        "Mọi ý kiến đóng góp xin gửi về {to_chuc} trước ngày {date2}.",
        "Đề nghị các tổ, nhóm phổ biến nội dung này đến {doi_tuong}.",
        "Nơi nhận: {doi_tuong}; lưu văn phòng {to_chuc}.",
        "{to_chuc} xin trân trọng cảm ơn.",
    ],
    "st_title": [
        "{nt}", "{nt}", "Chuyện kể: {nt}", "{nt} - một câu chuyện ở {city}", "Ghi chép nhỏ: {nt}",
    ],
    "st_intro": [
        "Sáng {thu}, ngày {date}, trời {thoi_tiet}.",
        "Chuyện xảy ra vào một buổi chiều cuối tuần ở {city}.",
        "{xung} {ten} năm nay {tuoi} tuổi, đang sống cùng gia đình ở {phuong}, {city}.",
        "Đó là một ngày bình thường như bao ngày khác của {xung} {ten}.",
        "Hôm ấy là {thu}, {xung} {ten} dậy sớm hơn thường lệ.",
        "Ai ở {phuong} cũng biết {xung} {ten}, người vốn cẩn thận và chu đáo.",
        "Câu chuyện dưới đây được {xung} {ten} kể lại khi ngồi uống trà với hàng xóm.",
        "Gần đây, gia đình {xung} {ten} gặp một chuyện nhỏ mà nhiều người có lẽ cũng từng trải qua.",
        "Mới chuyển về {city} được hơn một năm, {xung} {ten} vẫn đang làm quen với nhịp sống nơi đây.",
        "Trời {thoi_tiet}, {xung} {ten} pha một ấm trà rồi ngồi nhớ lại chuyện tuần trước.",
    ],
    "st_close": [
        "Trên đường về, {xung} {ten} thầm nghĩ lần sau mình sẽ chuẩn bị kỹ hơn.",
        "Câu chuyện nhỏ ấy khiến {xung} {ten} nhớ mãi.",
        "Từ hôm đó, {xung} {ten} hay kể lại chuyện này cho bạn bè như một kinh nghiệm.",
        "Mọi việc rốt cuộc cũng ổn thỏa, cả nhà thở phào nhẹ nhõm.",
        "Tối hôm ấy, {xung} {ten} ngủ ngon hơn hẳn mọi ngày.",
        "Nghĩ lại, {xung} {ten} thấy chỉ cần bình tĩnh và hỏi đúng người thì việc gì cũng giải quyết được.",
        "{xung} {ten} mỉm cười, thấy một ngày bận rộn hóa ra cũng thật đáng nhớ.",
        "Kinh nghiệm ấy sau này được {xung} {ten} chia sẻ lại cho nhiều người quen.",
        "Những chuyện tưởng nhỏ như thế lại làm cuộc sống thêm ấm áp.",
        "{xung} {ten} tự nhủ, có những bài học chỉ đến từ trải nghiệm.",
        "Chuyện ấy đến giờ vẫn được cả nhà nhắc lại mỗi khi ngồi bên mâm cơm.",
        "Sau này, mỗi lần đi ngang qua {phuong}, {xung} {ten} lại nhớ đến ngày hôm ấy.",
        "Với {xung} {ten}, đó là một ngày bình thường nhưng nhiều ý nghĩa.",
    ],
    "qa_title": [
        "Hỏi đáp về {dom_phrase}", "Giải đáp thắc mắc: {tt}", "Những câu hỏi thường gặp về {dom_phrase}",
        "Hỏi nhanh, đáp gọn: {dom_phrase}", "Bạn hỏi, chúng tôi trả lời: {tt}",
        "Hỏi đáp cùng {to_chuc}", "Thắc mắc thường gặp khi {tt}",
    ],
    "qa_intro": [
        "Chuyên mục hôm nay giải đáp một số câu hỏi thường gặp của {doi_tuong}.",
        "Dưới đây là các câu hỏi được {doi_tuong} gửi về nhiều nhất trong thời gian qua.",
        "{to_chuc} tổng hợp và trả lời những thắc mắc phổ biến sau.",
        "Nhiều bạn đọc gửi câu hỏi về chuyên mục, chúng tôi xin trả lời như sau.",
        "Những giải đáp ngắn gọn dưới đây hy vọng sẽ giúp ích cho {doi_tuong}.",
        "Tuần này, chuyên mục nhận được nhiều câu hỏi xoay quanh {dom_phrase}.",
        "Chúng tôi chọn ra một vài câu hỏi tiêu biểu trong số thư gửi về tháng {thang_so}.",
        "Mỗi tuần, chuyên mục nhận được hàng chục câu hỏi từ bạn đọc khắp nơi, trong đó có nhiều bạn ở {city}.",
        "Số này, chuyên mục mời {xung2} {name2}, {vai_tro}, trả lời thắc mắc của bạn đọc.",
        "Chuyên mục kỳ này dành cho những ai đang quan tâm đến việc {tt}.",
    ],
    "qa_close": [
        "Nếu bạn còn câu hỏi khác, hãy gửi về chuyên mục để được giải đáp.",
        "Các giải đáp trên mang tính tham khảo, trường hợp cụ thể nên hỏi trực tiếp nơi tiếp nhận.",
        "Chúc bạn đọc nhiều sức khỏe và mọi việc thuận lợi.",
        "Chuyên mục sẽ tiếp tục cập nhật thêm câu hỏi trong các số tới.",
        "Mọi câu hỏi xin gửi về hộp thư của chuyên mục hoặc gọi số {hotline}.",
        "Cảm ơn bạn đọc đã tin tưởng gửi câu hỏi về cho chúng tôi.",
        "Hẹn gặp lại bạn đọc trong chuyên mục tuần sau.",
        "Mọi thắc mắc liên quan đến {dom_phrase}, bạn đọc có thể gửi về địa chỉ thư của chuyên mục.",
        "Hy vọng những giải đáp trên hữu ích với {doi_tuong}.",
        "Bạn đọc ở {city} có thể liên hệ trực tiếp {to_chuc} để được hỗ trợ nhanh hơn.",
        "Chuyên mục được thực hiện với sự hỗ trợ của {to_chuc}.",
    ],
    "qa_prefix": [
        "Hỏi: ", "Hỏi: ", "Bạn đọc {ban_doc} ({tinh_bd}) hỏi: ", "Một bạn đọc ở {tinh_bd} hỏi: ",
        "Bạn đọc {ban_doc} hỏi: ",
    ],
    "bt_title": [
        "{city}: nhiều chuyển biến trong việc {tt}", "Người dân {city} quan tâm hơn đến việc {tt}",
        "{to_chuc} đẩy mạnh hỗ trợ {doi_tuong}", "Ghi nhận tại {city}: chuyện {tt}",
        "Bản tin tháng {thang_so}: {tt}", "Điểm tin {city}: {tt}",
    ],
    "bt_lead": [
        "Ngày {date}, {to_chuc} cho biết đã có nhiều thay đổi tích cực trong việc {tt}.",
        "Theo thông tin từ {to_chuc}, thời gian gần đây số người quan tâm đến việc {tt} tăng rõ rệt.",
        "Trong {thang} vừa qua, {to_chuc} đã triển khai nhiều hoạt động hỗ trợ {doi_tuong} trong việc {tt}.",
        "Sáng {date}, tại {city}, {to_chuc} tổ chức buổi gặp gỡ với {doi_tuong} về việc {tt}.",
        "Những ngày này, chuyện {tt} đang được nhiều người ở {city} bàn tán.",
        "{to_chuc} vừa công bố kết quả khảo sát về việc {tt} trên địa bàn {city}.",
        "Ghi nhận tại {city} cho thấy việc {tt} đã thuận tiện hơn nhiều so với trước đây.",
        "Chiều {date}, phóng viên có mặt tại {to_chuc} để tìm hiểu về việc {tt}.",
    ],
    "bt_stat": [
        "Từ đầu năm đến nay, đã có hơn {so_lon} lượt người được hỗ trợ.",
        "Khoảng {pct_cao} số người được hỏi cho biết họ hài lòng với cách làm mới.",
        "Số người tìm hiểu thông tin tăng gần {pct} so với cùng kỳ năm ngoái.",
        "Trung bình mỗi ngày, đơn vị tiếp nhận khoảng {so2} trường hợp.",
        "Thời gian chờ đợi trung bình đã giảm xuống còn khoảng {phut} phút.",
        "Trong tháng tới, đơn vị dự kiến mở rộng cách làm này ra thêm {so} địa điểm.",
        "Riêng tuần qua, số yêu cầu gửi đến đã vượt mốc {so3} trường hợp.",
    ],
    "bt_quote": [
        "{xung2} {name2}, {vai_tro}, chia sẻ: “{q}”",
        "Trao đổi với phóng viên, {xung2} {name2} cho biết: “{q}”",
        "Theo {xung2} {name2}, {vai_tro}, điều quan trọng nhất vẫn là sự chủ động: “{q}”",
        "Một người dân ở {phuong} là {xung} {name} kể lại: “{q}”",
        "{xung2} {name2} nhấn mạnh: “{q}”",
    ],
    "bt_close": [
        "Dự kiến trong thời gian tới, mô hình này sẽ tiếp tục được nhân rộng.",
        "Người dân có thể theo dõi thông tin mới nhất trên trang thông tin điện tử của đơn vị.",
        "Đơn vị cũng khuyến nghị {doi_tuong} chủ động tìm hiểu thông tin để tránh mất thời gian.",
        "Những kết quả bước đầu cho thấy cách làm mới đang đi đúng hướng.",
        "Phóng viên sẽ tiếp tục cập nhật diễn biến trong các bản tin tới.",
        "Nhiều ý kiến cho rằng cần thêm thời gian để đánh giá đầy đủ hiệu quả.",
        "Đây được xem là tín hiệu đáng mừng với {doi_tuong} tại {city}.",
        "Theo kế hoạch, đơn vị sẽ tổng kết và rút kinh nghiệm vào cuối {thang}.",
        "Người dân cần hỗ trợ có thể gọi đường dây nóng {hotline}.",
        "Nhiều người hy vọng cách làm này sẽ sớm được áp dụng rộng rãi hơn.",
        "Trong thời gian tới, {to_chuc} sẽ tiếp tục lắng nghe ý kiến của {doi_tuong}.",
        "Câu chuyện ở {city} cho thấy những thay đổi nhỏ có thể mang lại hiệu quả lớn.",
    ],
    "lt_title": [
        "Thư gửi {to_chuc}", "Thư góp ý về việc {tt}", "Lá thư của một người ở {city}",
        "Thư hỏi về việc {tt}", "Thư cảm ơn và góp ý gửi {to_chuc}",
    ],
    "lt_salute": [
        "Kính gửi {to_chuc},",
        "Kính gửi Ban lãnh đạo {to_chuc},",
        "Kính gửi bộ phận phụ trách của {to_chuc},",
        "Thưa quý cán bộ, nhân viên của {to_chuc},",
        "Kính gửi các anh chị đang làm việc tại {to_chuc},",
    ],
    "lt_self": [
        "Tôi là {name}, {tuoi} tuổi, hiện đang sống tại {phuong}, {city}.",
        "Tôi tên là {name}, hiện sinh sống và làm việc tại {city}.",
        "Tôi là {name}, nhà ở {phuong}, {city}, xin được viết thư này để trình bày một việc.",
        "Tôi là {name}, {nguoi_viet}, xin gửi tới quý đơn vị lá thư này.",
        "Tôi tên {name}, năm nay {tuoi} tuổi, là {nguoi_viet} ở {city}.",
    ],
    "lt_purpose": [
        "Tôi viết thư này để hỏi thêm thông tin về việc {tt}.",
        "Tôi xin phép trình bày một số ý kiến liên quan đến việc {tt}.",
        "Gần đây, tôi có việc cần {tt} và muốn chia sẻ một vài trải nghiệm.",
        "Qua lá thư này, tôi muốn gửi lời cảm ơn chân thành và góp một vài ý kiến nhỏ về việc {tt}.",
        "Tôi mong được quý đơn vị giải thích rõ hơn về một số điểm khi {tt}.",
        "Sau một lần {tt}, tôi có vài điều muốn nói cùng quý đơn vị.",
    ],
    "lt_close": [
        "Tôi rất mong sớm nhận được phản hồi từ quý đơn vị.",
        "Xin cảm ơn quý đơn vị đã dành thời gian đọc thư.",
        "Tôi hy vọng những góp ý trên sẽ giúp ích phần nào cho công việc chung.",
        "Nếu cần thêm thông tin, quý đơn vị có thể liên hệ với tôi qua số {sdt}.",
        "Kính chúc các cô chú, anh chị luôn mạnh khỏe và công tác tốt.",
        "Một lần nữa, tôi xin cảm ơn và mong mọi việc ngày càng tốt hơn.",
        "Tôi xin cảm ơn và mong nhận được hồi âm qua số điện thoại {sdt}.",
        "Rất mong quý đơn vị xem xét và sớm có câu trả lời.",
        "Chúc {to_chuc} ngày càng phục vụ {doi_tuong} tốt hơn.",
        "Tôi tin rằng với sự tận tâm của mọi người, những điều trên sẽ sớm được cải thiện.",
    ],
    "lt_sign": [
        "Trân trọng,\nNgười viết thư: {name}",
        "Xin chân thành cảm ơn,\nNgười gửi: {name}",
        "Kính thư,\nKý tên: {name}",
        "Trân trọng cảm ơn,\nNgười viết: {name}, {city}",
        "Xin kính chào và cảm ơn,\nThay mặt gia đình: {name}",
        "Kính chúc sức khỏe,\nNgười đề nghị: {name}",
        "Trân trọng kính chào,\nNgười gửi thư: {name}",
        "Xin cảm ơn quý đơn vị,\nNgười viết đơn: {name}",
        "Kính mong được hồi âm,\nHọ tên người viết: {name}",
        "Chân thành cảm ơn,\nKính thư: {name}",
        "Xin trân trọng cảm ơn,\nNgười làm đơn: {name}",
        "Kính chào trân trọng,\nĐại diện gia đình: {name}",
        "Mong sớm nhận được tin,\nNgười gửi ý kiến: {name}",
    ],
}

# cross-domain everyday sentences, used in stories and letters of every domain
COMMON = [
    "Buổi sáng hôm ấy trời {thoi_tiet}, đường phố đã đông người qua lại từ sớm.",
    "Trên đường đi, {xung} {ten} ghé quán quen mua một ổ bánh mì và ly cà phê sữa đá.",
    "Tiếng xe máy, tiếng rao hàng rong hòa vào nhau thành nhịp sống quen thuộc của {city}.",
    "Dạo này giá cả có nhỉnh hơn năm ngoái một chút nên nhiều gia đình chi tiêu dè dặt hơn.",
    "Chiều xuống, gió từ phía sông thổi vào mát rượi.",
    "Nhiều người có thói quen xem dự báo thời tiết trước khi ra khỏi nhà.",
    "Ở {phuong}, hàng xóm vẫn giữ nếp thăm hỏi nhau mỗi khi có việc.",
    "Điện thoại thông minh giờ đã trở thành vật bất ly thân của nhiều người, kể cả người lớn tuổi.",
    "{cu} thường dậy từ năm giờ sáng để tập thể dục ở công viên gần nhà.",
    "Cuối tuần, cả nhà thường quây quần bên mâm cơm và kể cho nhau nghe chuyện trong tuần.",
    "Con hẻm nhỏ dẫn vào nhà {xung} {ten} lúc nào cũng rộn rã tiếng trẻ con.",
    "Mùa này trời hay mưa bất chợt, ra đường nên mang theo áo mưa.",
    "Ai cũng bận rộn, nhưng hễ có dịp là mọi người lại gọi điện hỏi thăm nhau.",
    "Sau giờ làm, {xung} {ten} thường đi bộ quanh hồ chừng ba mươi phút cho thư thả.",
    "Quán phở đầu ngõ mở cửa từ sáu giờ sáng và lúc nào cũng kín chỗ.",
    "Giá xăng tuần này giảm nhẹ khiến nhiều người đi làm bằng xe máy thấy dễ thở hơn.",
    "Tối đến, các con ngồi học bài còn người lớn dọn dẹp nhà cửa.",
    "Người dân {city} vốn nổi tiếng hiếu khách và cởi mở.",
    "Cuộc sống ở thành phố nhanh hơn ở quê, nhưng ai cũng tìm được nhịp riêng của mình.",
    "Đầu tháng, {xung} {ten} thường ngồi ghi lại các khoản chi tiêu vào một cuốn sổ nhỏ.",
    "Trời vừa hửng nắng, mấy bà cụ đã mang ghế ra trước hiên ngồi trò chuyện.",
    "Đường về quê dịp cuối tuần khá đông, nên nhiều người chọn đi từ lúc tờ mờ sáng.",
    "Một tách trà nóng buổi sáng giúp {cu} thấy tỉnh táo và dễ chịu.",
    "Gần đây, khu phố mới lắp thêm đèn đường nên buổi tối đi lại an toàn hơn.",
    "Những ngày cuối năm, chợ nào cũng đông vui và tấp nập hơn hẳn.",
    "Hàng xóm mới chuyển đến, cả nhà sang chào hỏi và biếu một đĩa trái cây.",
    "{xung2} {ten2} là người hàng xóm tốt bụng, lúc nào cũng sẵn lòng giúp đỡ.",
    "Thời gian trôi nhanh, mới đó mà đã gần hết {thang}.",
    "Cơn mưa chiều qua đi, mặt đường còn loang loáng nước.",
    "Trong lúc chờ đợi, {xung} {ten} tranh thủ đọc vài trang sách mang theo.",
    "Chiếc xe buýt số {so2} chạy qua đầu ngõ cứ mười lăm phút một chuyến.",
    "Con đường ven sông được trồng thêm nhiều hàng cây xanh, trông mát mắt hẳn.",
    "Tiếng chuông điện thoại vang lên, là {vo_chong} gọi nhắc {xung} {ten} về sớm ăn cơm.",
    "Mọi người vẫn bảo nhau, sức khỏe và gia đình là quý nhất.",
    "Ở quê, giờ này chắc bố mẹ đang ngồi uống trà ngoài hiên.",
    "Cửa hàng tạp hóa đầu ngõ bán đủ thứ, từ bó rau đến gói mì.",
    "Trẻ con trong xóm rủ nhau chơi đá cầu trên khoảng sân nhỏ.",
    "Buổi tối, tiếng tivi từ các nhà vọng ra, xen lẫn tiếng nói cười.",
    "Bầu trời {city} những hôm quang mây trông cao và xanh lạ thường.",
    "Có những việc tưởng nhỏ nhưng nếu làm đều đặn sẽ mang lại thay đổi lớn.",
    "Xong việc, {xung} {ten} nhắn tin báo cho gia đình yên tâm.",
    "Nhờ có điện thoại, việc liên lạc giữa người ở xa và người ở nhà dễ dàng hơn nhiều.",
    "Sáng sớm, tiếng chổi tre của cô lao công xào xạc trên vỉa hè.",
    "Bên kia đường, hàng nước chè của {cu} đã mở từ lúc trời chưa sáng hẳn.",
    "Đèn đỏ ở ngã tư kéo dài, ai nấy kiên nhẫn chờ đến lượt mình đi qua.",
    "Cả tuần bận rộn, {xung} {ten} chỉ mong đến Chủ nhật để ngủ nướng thêm một chút.",
]


# ---------------------------------------------------------------------------
# domain material
# ---------------------------------------------------------------------------
# Each domain: dom_phrase, doi_tuong (audiences), to_chuc (organisation
# templates), vai_tro (speaker roles for quotes), nguoi_viet (letter writer),
# topics {key: {"tt": [topic phrases], "sents": [...]}}, general [...],
# narr [(title, paragraph)], qa [(question, answer)], steps {topic key: [...]}.

DOMAINS = []

DOMAINS.append({
    "name": "dịch vụ công",
    "dom_phrase": "thủ tục hành chính và dịch vụ công",
    "doi_tuong": ["người dân", "bà con", "công dân trên địa bàn"],
    "to_chuc": ["Ủy ban nhân dân {phuong}", "Công an {phuong}", "Trung tâm Phục vụ hành chính công {tinh}",
                "Bộ phận một cửa {phuong}"],
    "vai_tro": ["cán bộ bộ phận một cửa", "cán bộ tư pháp - hộ tịch", "cán bộ công an {phuong}",
                "phó chủ tịch Ủy ban nhân dân {phuong}"],
    "nguoi_viet": "một người dân trong khu phố",
    "topics": {
        "can_cuoc": {"tt": ["cấp đổi thẻ căn cước", "làm lại thẻ căn cước", "đổi thẻ căn cước khi đến tuổi"], "sents": [
            "Công dân khi đủ 14 tuổi, 25 tuổi, 40 tuổi và 60 tuổi cần làm thủ tục đổi thẻ căn cước theo quy định.",
            "Khi đi làm thủ tục, bạn nên mang theo thẻ cũ để cán bộ thu lại và đối chiếu thông tin.",
            "{xung} {ten} đến Công an {phuong} từ {gio} nhưng phía trước đã có khoảng {so2} người xếp hàng.",
            "Cán bộ sẽ chụp ảnh chân dung, thu vân tay và mống mắt của người làm thẻ.",
            "Người làm thủ tục không nên đeo kính, đội mũ hoặc để tóc che mặt khi chụp ảnh.",
            "Sau khi kiểm tra thông tin, cán bộ in phiếu hẹn ghi rõ ngày trả thẻ là ngày {date2}.",
            "Người dân có thể đăng ký nhận thẻ tại nhà qua đường bưu điện và trả thêm một khoản phí nhỏ.",
            "Trường hợp làm mất thẻ, công dân cần làm thủ tục cấp lại thay vì cấp đổi.",
            "Thẻ căn cước mới có gắn chíp điện tử, lưu trữ thông tin cá nhân một cách an toàn.",
            "Trẻ em dưới 14 tuổi cũng có thể được cấp thẻ căn cước nếu cha mẹ có nhu cầu.",
            "Nhiều nơi đã bố trí làm thủ tục vào buổi tối và ngày cuối tuần để người đi làm không phải xin nghỉ.",
            "Trước khi đi, {xung} {ten} gọi điện hỏi lịch làm việc để khỏi mất công chờ.",
            "Nếu thông tin trên thẻ cũ có sai sót, người dân nên mang theo giấy tờ chứng minh để được điều chỉnh.",
            "Cán bộ tiếp nhận hướng dẫn từng người kiểm tra lại họ tên, ngày sinh và quê quán trên màn hình.",
            "Buổi sáng thường đông hơn buổi chiều, vì vậy ai có thời gian nên đi vào đầu giờ chiều.",
            "Thẻ căn cước có thể dùng thay cho nhiều loại giấy tờ khi làm thủ tục ở ngân hàng hay bệnh viện.",
            "Người cao tuổi, người khuyết tật và phụ nữ mang thai được ưu tiên làm thủ tục trước.",
            "Khi nhận thẻ mới, người dân nên kiểm tra ngay các thông tin in trên thẻ.",
            "{cu} năm nay {tuoi_gia} tuổi, được con cháu chở đi làm thẻ căn cước từ sáng sớm.",
            "Chỉ mất khoảng {phut} phút là {xung} {ten} đã làm xong thủ tục thu nhận thông tin.",
            "Phiếu hẹn cần được giữ cẩn thận vì phải xuất trình khi đến nhận thẻ.",
            "Thời gian trả thẻ thường trong khoảng 7 ngày làm việc kể từ khi nộp hồ sơ hợp lệ.",
            "Tháng này, Công an {phuong} tiếp nhận trung bình {so2} hồ sơ cấp đổi thẻ mỗi ngày.",
        ]},
        "khai_sinh": {"tt": ["đăng ký khai sinh cho trẻ", "làm giấy khai sinh cho con"], "sents": [
            "Trong thời hạn 60 ngày kể từ ngày sinh, cha hoặc mẹ có trách nhiệm đăng ký khai sinh cho con.",
            "Hồ sơ đăng ký khai sinh gồm tờ khai theo mẫu và giấy chứng sinh do cơ sở y tế cấp.",
            "Con của {xung} {ten} chào đời vào ngày {date} tại {benhvien}.",
            "Giấy chứng sinh là căn cứ quan trọng để ghi thông tin ngày sinh, nơi sinh của trẻ.",
            "Cán bộ tư pháp - hộ tịch kiểm tra hồ sơ và ghi nội dung khai sinh vào sổ hộ tịch.",
            "Hiện nay, cha mẹ có thể đăng ký khai sinh trực tuyến mà không cần đến trực tiếp ủy ban.",
            "Khi đăng ký khai sinh, trẻ sẽ được cấp số định danh cá nhân ngay từ đầu.",
            "Nhiều gia đình chọn làm thủ tục liên thông để con được đăng ký thường trú và cấp thẻ bảo hiểm y tế cùng lúc.",
            "Tên của bé được cả nhà bàn bạc suốt mấy tuần trước khi đi làm giấy khai sinh.",
            "Việc đăng ký khai sinh đúng hạn giúp trẻ được hưởng đầy đủ quyền lợi về y tế và giáo dục.",
            "Trường hợp cha mẹ chưa đăng ký kết hôn, thủ tục có thể cần thêm một số giấy tờ khác.",
            "Người đi đăng ký cần mang theo giấy tờ tùy thân để cán bộ đối chiếu.",
            "{xung} {ten} tranh thủ buổi trưa ghé ủy ban, chỉ mất chừng hai mươi phút là xong thủ tục.",
            "Bản chính giấy khai sinh cần được cất giữ cẩn thận, có thể xin thêm bản sao khi cần.",
            "Khi nhận giấy khai sinh, cha mẹ nên kiểm tra kỹ chính tả họ tên của con.",
            "Cán bộ nhắc {xung} {ten} rằng sai một dấu trong tên cũng có thể gây phiền phức về sau.",
            "Ông bà nội háo hức chờ được cầm tờ giấy khai sinh đầu tiên của cháu.",
            "Năm nay, {phuong} ghi nhận {so3} trường hợp đăng ký khai sinh, phần lớn làm đúng hạn.",
            "Nếu quá hạn mà chưa đăng ký, cha mẹ vẫn có thể làm thủ tục nhưng nên đi sớm để tránh rắc rối.",
            "Ở một số nơi, cán bộ hộ tịch còn đến tận nhà hỗ trợ những gia đình có hoàn cảnh khó khăn.",
            "Mẫu tờ khai có sẵn tại bộ phận một cửa và cũng có thể tải về từ cổng dịch vụ công.",
        ]},
        "truc_tuyen": {"tt": ["nộp hồ sơ trên Cổng Dịch vụ công quốc gia", "làm thủ tục hành chính trực tuyến",
                               "dùng dịch vụ công trực tuyến"], "sents": [
            "Để nộp hồ sơ trực tuyến, người dân cần có tài khoản định danh điện tử trên ứng dụng VNeID.",
            "{xung} {ten} ngồi ở nhà, mở máy tính và nộp hồ sơ chỉ trong khoảng {phut} phút.",
            "Mỗi hồ sơ sau khi nộp thành công sẽ có một mã số riêng, ví dụ {ma}, để tra cứu tiến độ.",
            "Người nộp có thể theo dõi trạng thái xử lý hồ sơ ngay trên điện thoại.",
            "Khi hồ sơ cần bổ sung, hệ thống sẽ gửi thông báo qua tin nhắn hoặc thư điện tử.",
            "Nhiều thủ tục cho phép thanh toán lệ phí trực tuyến bằng thẻ ngân hàng hoặc ví điện tử.",
            "Ảnh chụp giấy tờ cần rõ nét, đủ bốn góc và không bị lóa.",
            "Người lớn tuổi chưa quen thao tác có thể nhờ con cháu hoặc cán bộ hướng dẫn tại chỗ.",
            "Tại {phuong}, đoàn thanh niên lập tổ hỗ trợ người dân làm thủ tục trực tuyến vào mỗi sáng thứ Bảy.",
            "Việc nộp hồ sơ trực tuyến giúp giảm đáng kể thời gian đi lại và chờ đợi.",
            "Mật khẩu tài khoản cần được giữ bí mật, tuyệt đối không cung cấp cho người lạ qua điện thoại.",
            "Gần đây có nhiều cuộc gọi giả danh cơ quan nhà nước để hỏi mã xác thực, người dân cần hết sức cảnh giác.",
            "Kết quả giải quyết có thể được trả qua bưu điện hoặc nhận bản điện tử trên tài khoản.",
            "Lần đầu dùng dịch vụ công trực tuyến, {cu} cứ ngỡ phức tạp nhưng hóa ra khá dễ.",
            "Mẫu đơn điện tử thường đã điền sẵn một số thông tin từ cơ sở dữ liệu dân cư.",
            "Nếu đường truyền chậm, bạn nên lưu bản nháp để tránh phải nhập lại từ đầu.",
            "Tỷ lệ hồ sơ nộp trực tuyến tại {city} trong quý này đạt khoảng {pct_cao}.",
            "Cán bộ tiếp nhận kiểm tra hồ sơ điện tử trong giờ hành chính và phản hồi sớm nhất có thể.",
            "Một số thủ tục vẫn yêu cầu người dân đến trực tiếp để đối chiếu bản gốc.",
            "Sau khi nộp, {xung} {ten} chụp lại màn hình xác nhận để phòng khi cần.",
            "Giao diện cổng dịch vụ công ngày càng thân thiện, chữ to và dễ đọc hơn trước.",
        ]},
        "cu_tru": {"tt": ["đăng ký thường trú và tạm trú", "khai báo tạm trú khi thuê nhà"], "sents": [
            "Người chuyển đến nơi ở mới cần đăng ký thường trú hoặc tạm trú theo quy định về cư trú.",
            "{xung} {ten} vừa thuê nhà ở {phuong} nên phải khai báo tạm trú với công an.",
            "Chủ nhà trọ có trách nhiệm nhắc người thuê thực hiện việc đăng ký tạm trú.",
            "Hồ sơ đăng ký thường trú thường cần giấy tờ chứng minh chỗ ở hợp pháp.",
            "Nếu ở nhờ nhà người thân, cần có ý kiến đồng ý của chủ hộ.",
            "Từ khi bỏ sổ hộ khẩu giấy, thông tin cư trú được quản lý trên cơ sở dữ liệu quốc gia.",
            "Người dân có thể kiểm tra thông tin cư trú của mình ngay trên ứng dụng VNeID.",
            "Sinh viên ở ký túc xá hoặc phòng trọ cũng cần đăng ký tạm trú trong thời gian học tập.",
            "Gia đình {xung} {ten} vừa chuyển từ {city2} về {city} sinh sống.",
            "Cán bộ công an khu vực thường đi nắm tình hình dân cư vào buổi tối.",
            "Khi tách hộ, các thành viên cần thống nhất và ghi rõ ai là chủ hộ mới.",
            "Thông tin cư trú chính xác giúp việc cho con đi học, khám chữa bệnh thuận tiện hơn.",
            "Nhiều khu trọ ở {phuong} đã dán bảng hướng dẫn khai báo tạm trú ngay ở cổng.",
            "Thời hạn tạm trú tối đa là hai năm và có thể gia hạn nhiều lần.",
            "Việc khai báo cư trú đúng hạn giúp tránh bị nhắc nhở hoặc xử phạt không đáng có.",
            "Chủ hộ là {cu} đã ký xác nhận đồng ý cho cháu ngoại đăng ký thường trú về nhà.",
            "Sau khi hoàn tất, người dân sẽ nhận thông báo kết quả qua tin nhắn hoặc trên ứng dụng.",
            "Những người hay đi công tác dài ngày nên hỏi kỹ cán bộ về việc khai báo lưu trú.",
            "Khu phố mới có thêm {so2} hộ chuyển đến trong năm nay.",
            "Cán bộ hướng dẫn tận tình nên {xung} {ten} làm xong thủ tục chỉ trong một buổi sáng.",
        ]},
        "chung_thuc": {"tt": ["chứng thực bản sao giấy tờ", "chứng thực chữ ký và giấy ủy quyền"], "sents": [
            "Chứng thực bản sao từ bản chính là thủ tục rất quen thuộc với người dân.",
            "Người làm thủ tục mang theo bản chính và bản photo để cán bộ đối chiếu.",
            "{xung} {ten} cần năm bản sao bằng tốt nghiệp có chứng thực để nộp hồ sơ xin việc.",
            "Lệ phí chứng thực được tính theo số trang, mỗi trang chỉ vài nghìn đồng.",
            "Bản sao điện tử được chứng thực có giá trị sử dụng thay cho bản sao giấy trong nhiều thủ tục.",
            "Ngoài ủy ban cấp xã, người dân có thể chứng thực bản sao tại các văn phòng công chứng.",
            "Chữ ký trong giấy ủy quyền cũng có thể được chứng thực tại ủy ban nhân dân cấp xã.",
            "Cán bộ từ chối chứng thực nếu bản chính bị tẩy xóa hoặc không còn rõ nội dung.",
            "Vào đầu năm học, lượng người đến chứng thực giấy tờ thường tăng mạnh.",
            "Hôm đó có {so2} người đến chứng thực, phần lớn là phụ huynh làm hồ sơ cho con.",
            "Để tiết kiệm thời gian, bạn nên photo sẵn giấy tờ ở nhà trước khi đến.",
            "Bản sao có chứng thực gồm nhiều trang cần được đóng dấu giáp lai.",
            "Khi thấy sai sót trên bản sao, người dân nên báo ngay để cán bộ kiểm tra và sửa lại.",
            "Một số cơ quan đã chấp nhận bản sao không chứng thực, chỉ cần mang bản chính để đối chiếu.",
            "{xung} {ten} dặn con luôn giữ một tập hồ sơ gốc riêng, không cho ai mượn.",
            "Văn phòng công chứng gần nhà {xung} {ten} làm việc cả sáng thứ Bảy để phục vụ người đi làm.",
            "Người già yếu không tự đến được có thể đề nghị cán bộ đến tận nhà chứng thực chữ ký.",
            "Giấy ủy quyền cần ghi rõ phạm vi và thời hạn ủy quyền để tránh hiểu lầm.",
            "Giấy tờ đã qua chứng thực thường được trả lại cho người dân ngay trong ngày.",
            "Một tập hồ sơ chứng thực đầy đủ giúp {xung} {ten} yên tâm đi phỏng vấn.",
        ]},
    },
    "general": [
        "Bộ phận một cửa là nơi tiếp nhận và trả kết quả hồ sơ hành chính cho người dân.",
        "Trên tường có dán sơ đồ các quầy và danh mục thủ tục kèm thời gian giải quyết.",
        "Máy lấy số thứ tự tự động giúp việc chờ đợi trở nên trật tự hơn.",
        "Người dân có thể đánh giá mức độ hài lòng bằng cách bấm nút trên máy tính bảng đặt ở quầy.",
        "Cán bộ {name2} đã làm việc ở bộ phận một cửa hơn {nam_so} năm.",
        "Mọi khoản phí, lệ phí đều được niêm yết công khai và có biên lai rõ ràng.",
        "Nếu chưa hài lòng với cách giải quyết, người dân có quyền phản ánh, kiến nghị qua đường dây nóng.",
        "Khu vực chờ có ghế ngồi, nước uống miễn phí và quạt mát.",
        "Cán bộ một cửa luôn nhắc người dân kiểm tra kỹ giấy tờ trước khi rời quầy.",
        "Nhiều thủ tục hiện nay không còn yêu cầu nộp bản sao giấy tờ đã có trong cơ sở dữ liệu dân cư.",
        "Ủy ban nhân dân {phuong} tiếp công dân vào sáng thứ Năm hằng tuần.",
        "Bộ phận một cửa làm việc từ {gio} đến {gio2} các ngày trong tuần.",
        "Mỗi quý, chính quyền địa phương tổ chức đối thoại để lắng nghe ý kiến của người dân về cải cách hành chính.",
        "Biển chỉ dẫn rõ ràng giúp người lần đầu đến không bị bỡ ngỡ.",
        "Tinh thần chung là lấy sự hài lòng của người dân làm thước đo chất lượng phục vụ.",
        "Các mẫu đơn thường dùng được đặt sẵn trên kệ, kèm bản khai mẫu để người dân tham khảo.",
        "Hồ sơ trễ hẹn phải có văn bản xin lỗi và hẹn lại thời gian trả kết quả.",
        "Sáng {thu}, bộ phận một cửa {phuong} tiếp nhận {so2} hồ sơ, phần lớn là thủ tục hộ tịch.",
        "Người dân có thể tra cứu danh mục thủ tục và mức lệ phí trên cổng dịch vụ công của {tinh}.",
        "{cu} được cán bộ đỡ lên bậc thềm và mời ngồi ghế ưu tiên trong lúc chờ.",
        "Mỗi hồ sơ đều có phiếu tiếp nhận ghi rõ ngày hẹn trả kết quả.",
        "Cán bộ trẻ ở bộ phận một cửa thường giúp người lớn tuổi điền tờ khai.",
        "Sau giờ hành chính, người dân vẫn có thể nộp hồ sơ trực tuyến và chờ xử lý vào ngày làm việc kế tiếp.",
    ],
    "narr": [
        ("Một buổi sáng đi đổi thẻ căn cước",
         "Sáng {thu}, {xung} {ten} dậy sớm, mang theo thẻ cũ và điện thoại rồi đến Công an {phuong}. Trước cửa phòng tiếp dân đã có vài người ngồi chờ, ai cũng cầm trên tay một tờ giấy số thứ tự. Đến lượt mình, {xung} {ten} được cán bộ hướng dẫn kiểm tra thông tin trên màn hình, rồi chụp ảnh và lấy vân tay. Cả quá trình chỉ mất chừng mười lăm phút. Cán bộ đưa phiếu hẹn và dặn nếu muốn nhận thẻ tại nhà thì đăng ký với bưu điện ngay tại quầy. {xung} {ten} chọn nhận tại nhà cho tiện, vì tuần sau còn bận đi công tác."),
        ("Giấy khai sinh đầu tiên",
         "Bé nhà {xung} {ten} vừa tròn ba tuần tuổi thì cả nhà mới thống nhất được tên. Ông nội muốn đặt một cái tên thật mạnh mẽ, còn bà ngoại lại thích một cái tên mềm mại. Cuối cùng, hai vợ chồng chọn cái tên mà cả nhà đều gật gù. Hôm sau, {xung} {ten} mang giấy chứng sinh và giấy tờ tùy thân lên ủy ban. Cán bộ hộ tịch đọc to từng chữ trong tên của bé để kiểm tra chính tả. Khi cầm tờ giấy khai sinh còn thơm mùi mực, {xung} {ten} chụp ngay một tấm ảnh gửi vào nhóm tin nhắn của gia đình."),
        ("Lần đầu nộp hồ sơ trực tuyến",
         "{cu} năm nay đã {tuoi_gia} tuổi, trước giờ làm thủ tục gì cũng phải nhờ con cháu. Tuần rồi, cô cháu gái kiên nhẫn ngồi bên cạnh, chỉ cho {cu} từng bước đăng nhập vào ứng dụng. Lúc đầu {cu} còn run tay, bấm nhầm mấy lần. Nhưng đến lần thứ ba thì đã tự chụp được ảnh giấy tờ và gửi hồ sơ đi. Hai hôm sau, điện thoại báo hồ sơ đã được tiếp nhận, {cu} vui như trẻ con. Giờ đây, mỗi khi hàng xóm hỏi, {cu} lại hào hứng chỉ lại cho họ."),
        ("Chuyện khai báo tạm trú",
         "Mới lên {city} làm việc, {xung} {ten} thuê một căn phòng nhỏ trong con hẻm gần chợ. Được vài hôm, chủ nhà là {cu} nhắc khéo rằng cần khai báo tạm trú với công an. {xung} {ten} vốn nghĩ thủ tục này rườm rà nên cứ lần lữa. Đến khi được chỉ cách làm trên điện thoại, {xung} {ten} mới biết chỉ cần chụp hợp đồng thuê nhà và điền vài dòng thông tin. Chưa đầy một tuần sau, kết quả đã được gửi về. Từ đó, {xung} {ten} hay khuyên bạn bè mới lên thành phố đừng ngại làm thủ tục này."),
        ("Quầy một cửa giờ nghỉ trưa",
         "Gần mười một giờ trưa, bộ phận một cửa của {phuong} vẫn còn khá đông người. Cán bộ {name2} nhìn hàng người đang chờ rồi quyết định làm thêm một lúc cho xong. Một bác nông dân từ xa đến, hồ sơ còn thiếu một tờ bản sao, được cán bộ chỉ chỗ photo ngay gần đó. Một chị bế con nhỏ được mời lên trước. Khi người cuối cùng rời quầy thì đã gần mười hai giờ. Cán bộ {name2} mỉm cười, nói rằng làm xong cho bà con đỡ phải quay lại buổi chiều."),
        ("Giấy ủy quyền cho mẹ",
         "{xung} {ten} đi làm xa nên không thể về quê giải quyết giấy tờ đất đai của gia đình. Sau khi bàn với cả nhà, {xung} {ten} làm giấy ủy quyền cho mẹ thay mặt mình làm thủ tục. Tại ủy ban, cán bộ đọc kỹ từng điều khoản, giải thích phạm vi ủy quyền và thời hạn có hiệu lực. Chữ ký được chứng thực ngay trong buổi sáng. {xung} {ten} gửi giấy tờ về quê qua bưu điện, hai hôm sau mẹ đã nhận được. Mẹ gọi điện lên, giọng vui vẻ báo rằng mọi việc đã xong xuôi."),
        ("Cuộc gọi lạ",
         "Một buổi chiều, {cu} nhận được cuộc gọi từ một người tự xưng là cán bộ công an. Người đó nói hồ sơ định danh của {cu} bị lỗi và yêu cầu đọc mã số vừa gửi về điện thoại. May mà {cu} nhớ lời cán bộ dặn trong buổi họp tổ dân phố. {cu} từ chối, tắt máy rồi gọi cho con trai để hỏi. Hôm sau, cả nhà đưa {cu} đến trụ sở công an trình báo. Cán bộ khen {cu} tỉnh táo và nhắc rằng cơ quan chức năng không bao giờ yêu cầu cung cấp mã xác thực qua điện thoại."),
        ("Buổi đối thoại với người dân",
         "Cuối quý, Ủy ban nhân dân {phuong} tổ chức buổi đối thoại với người dân tại hội trường khu phố. Nhiều ý kiến xoay quanh thời gian chờ đợi và cách hướng dẫn thủ tục trực tuyến. Một bác lớn tuổi đề nghị in hướng dẫn chữ to, dán ở khu vực chờ. Một bạn trẻ góp ý nên có số điện thoại tư vấn vào buổi tối. Lãnh đạo địa phương ghi nhận từng ý kiến và hứa sẽ trả lời bằng văn bản trong tháng tới. Buổi đối thoại kết thúc trong không khí cởi mở, ai cũng thấy tiếng nói của mình được lắng nghe."),
    ],
    "qa": [
        ("Tôi năm nay tròn 25 tuổi, có bắt buộc phải đổi thẻ căn cước không?",
         "Theo quy định, công dân khi đủ 25 tuổi cần làm thủ tục cấp đổi thẻ. Bạn nên đi làm trong thời gian sớm nhất để không ảnh hưởng đến các giao dịch cần dùng thẻ."),
        ("Con tôi sinh được hơn hai tháng mà chưa làm giấy khai sinh thì có sao không?",
         "Thời hạn đăng ký khai sinh là 60 ngày kể từ ngày sinh. Quá hạn, gia đình vẫn có thể đăng ký nhưng nên đến ủy ban sớm để được hướng dẫn cụ thể."),
        ("Tôi không rành máy tính, có thể nộp hồ sơ trực tuyến bằng điện thoại không?",
         "Bạn hoàn toàn có thể dùng điện thoại để nộp hồ sơ. Chỉ cần cài ứng dụng VNeID, đăng nhập bằng tài khoản định danh điện tử và làm theo hướng dẫn trên màn hình. Nếu gặp khó khăn, hãy nhờ cán bộ tại bộ phận một cửa hỗ trợ."),
        ("Mất thẻ căn cước thì phải làm gì trước tiên?",
         "Bạn nên báo mất qua ứng dụng hoặc tại cơ quan công an gần nhất, sau đó làm thủ tục cấp lại thẻ. Trong lúc chờ, có thể dùng tài khoản định danh điện tử để thay thế trong nhiều giao dịch."),
        ("Tôi thuê nhà được ba tuần, có cần đăng ký tạm trú không?",
         "Bạn cần đăng ký nếu dự định ở lại. Người đến sinh sống tại chỗ ở hợp pháp ngoài nơi thường trú từ 30 ngày trở lên phải đăng ký tạm trú. Làm sớm sẽ thuận tiện cho việc đi làm và khám chữa bệnh."),
        ("Bản sao chứng thực có thời hạn sử dụng bao lâu?",
         "Pháp luật không quy định một thời hạn chung cho bản sao chứng thực. Tuy nhiên, một số nơi nhận hồ sơ có thể yêu cầu bản sao mới trong vòng sáu tháng, nên bạn hãy hỏi trước."),
        ("Tôi có thể nhờ người khác đi nhận kết quả hồ sơ thay mình không?",
         "Được, nếu người đó mang theo giấy ủy quyền hợp lệ và giấy tờ tùy thân. Một số thủ tục còn cho phép nhận kết quả qua dịch vụ bưu chính tại nhà."),
        ("Tại sao hồ sơ của tôi bị yêu cầu bổ sung?",
         "Thường là do thiếu giấy tờ hoặc ảnh chụp không rõ. Bạn hãy đọc kỹ nội dung thông báo, bổ sung đúng phần còn thiếu và gửi lại trong thời hạn được ghi."),
        ("Người già yếu không đi lại được có được làm thẻ căn cước tại nhà không?",
         "Ở nhiều địa phương, công an có tổ làm thủ tục lưu động cho người cao tuổi, người bệnh nặng. Gia đình nên liên hệ công an cấp xã để được sắp xếp lịch đến tận nhà."),
        ("Muốn phản ánh về thái độ của cán bộ thì gửi ở đâu?",
         "Bạn có thể gửi ý kiến qua hòm thư góp ý, đường dây nóng niêm yết tại trụ sở hoặc mục phản ánh, kiến nghị trên cổng dịch vụ công. Nên nêu rõ thời gian, địa điểm và nội dung sự việc."),
        ("Trẻ em có cần làm thẻ căn cước không?",
         "Trẻ dưới 14 tuổi không bắt buộc nhưng có thể được cấp nếu cha mẹ có nhu cầu. Từ khi đủ 14 tuổi, các em cần làm thủ tục cấp thẻ theo quy định."),
    ],
    "steps": {
        "can_cuoc": [
            "Kiểm tra lịch làm việc của công an cấp xã hoặc đặt lịch trước trên ứng dụng VNeID.",
            "Mang theo thẻ cũ và các giấy tờ liên quan nếu cần điều chỉnh thông tin.",
            "Lấy số thứ tự và chờ đến lượt tại khu vực tiếp nhận.",
            "Kiểm tra thông tin cá nhân trên màn hình, sau đó chụp ảnh, thu vân tay và mống mắt.",
            "Nhận phiếu hẹn, chọn nhận thẻ tại trụ sở hoặc qua bưu điện.",
        ],
        "khai_sinh": [
            "Chuẩn bị giấy chứng sinh và giấy tờ tùy thân của người đi đăng ký.",
            "Điền tờ khai đăng ký khai sinh, ghi rõ họ tên, ngày sinh và quê quán của trẻ.",
            "Nộp hồ sơ tại bộ phận một cửa của ủy ban nhân dân cấp xã hoặc nộp trực tuyến.",
            "Kiểm tra kỹ thông tin trong bản dự thảo trước khi cán bộ ghi vào sổ.",
            "Nhận giấy khai sinh và xin thêm bản sao nếu cần dùng cho nhiều thủ tục.",
        ],
        "truc_tuyen": [
            "Đăng nhập bằng tài khoản định danh điện tử mức độ 2.",
            "Tìm tên thủ tục cần làm bằng ô tìm kiếm.",
            "Điền thông tin vào mẫu đơn điện tử và tải lên ảnh chụp giấy tờ rõ nét.",
            "Thanh toán lệ phí trực tuyến nếu thủ tục có thu phí.",
            "Ghi lại mã hồ sơ để tra cứu và chờ thông báo kết quả.",
        ],
        "cu_tru": [
            "Chuẩn bị hợp đồng thuê nhà hoặc giấy tờ chứng minh chỗ ở hợp pháp.",
            "Xin ý kiến đồng ý của chủ nhà hoặc chủ hộ nếu ở nhờ.",
            "Khai thông tin trên tờ khai thay đổi thông tin cư trú.",
            "Nộp hồ sơ trực tiếp tại công an cấp xã hoặc qua cổng dịch vụ công.",
            "Theo dõi tin nhắn thông báo kết quả và kiểm tra lại trên ứng dụng.",
        ],
        "chung_thuc": [
            "Photo sẵn giấy tờ cần chứng thực, bảo đảm rõ chữ và đủ trang.",
            "Mang bản chính cùng bản photo đến ủy ban nhân dân cấp xã hoặc văn phòng công chứng.",
            "Nộp hồ sơ tại quầy và đóng lệ phí theo số trang.",
            "Chờ cán bộ đối chiếu, ký và đóng dấu.",
            "Kiểm tra lại từng bản sao trước khi ra về.",
        ],
    },
})

DOMAINS.append({
    "name": "y tế",
    "dom_phrase": "sức khỏe và khám chữa bệnh",
    "doi_tuong": ["người bệnh và người nhà", "người dân", "bà con"],
    "to_chuc": ["{benhvien}", "Trạm y tế {phuong}", "{benhvien}"],
    "vai_tro": ["bác sĩ khoa Nhi", "điều dưỡng trưởng khoa Khám bệnh", "bác sĩ trạm y tế", "dược sĩ bệnh viện",
                "bác sĩ khoa Nội"],
    "nguoi_viet": "người nhà của một bệnh nhân",
    "topics": {
        "sot_tre": {"tt": ["chăm sóc trẻ bị sốt tại nhà", "xử trí khi trẻ bị sốt"], "sents": [
            "Khi trẻ sốt, cha mẹ nên đo nhiệt độ bằng nhiệt kế thay vì chỉ sờ trán.",
            "Đêm qua {be} sốt {nhiet}, cả nhà thức gần trắng đêm để lau người và cho bé uống nước.",
            "Trẻ sốt cần được mặc quần áo thoáng mát, không nên ủ kín chăn.",
            "Lau người bằng khăn ấm giúp trẻ dễ chịu hơn, không nên dùng nước đá hay cồn.",
            "Thuốc hạ sốt cho trẻ phải được dùng đúng liều theo cân nặng và hướng dẫn của bác sĩ hoặc dược sĩ.",
            "Cha mẹ nên cho trẻ bú hoặc uống nước nhiều hơn bình thường để tránh mất nước.",
            "Nếu trẻ co giật, li bì, khó thở hoặc nôn nhiều, cần đưa đến cơ sở y tế ngay.",
            "Trẻ dưới ba tháng tuổi bị sốt cần được bác sĩ khám sớm, không nên tự theo dõi ở nhà.",
            "{be} năm nay {tuoi_be} tuổi, nặng khoảng {kg_be} cân, vốn rất hiếu động.",
            "Bác sĩ dặn theo dõi nhiệt độ mỗi vài giờ và ghi lại để tiện báo khi tái khám.",
            "Sốt là phản ứng tự nhiên của cơ thể khi chống lại tác nhân gây bệnh.",
            "Không nên tự ý cho trẻ dùng kháng sinh khi chưa có chỉ định của bác sĩ.",
            "Sốt kéo dài quá hai ngày hoặc tái đi tái lại thì nên đưa trẻ đi khám.",
            "Vào mùa mưa, số trẻ đến khám vì sốt tại {benhvien} tăng lên rõ rệt.",
            "Cháo loãng, sữa và nước trái cây là những món dễ ăn khi trẻ đang sốt.",
            "{xung} {ten} để sẵn nhiệt kế, thuốc hạ sốt và sổ theo dõi ngay đầu giường của con.",
            "Khi trẻ sốt cao kèm phát ban hoặc chảy máu cam, cha mẹ cần cho trẻ đi khám để loại trừ sốt xuất huyết.",
            "Bác sĩ {name2} cho biết phần lớn các cơn sốt ở trẻ nhỏ là do vi rút và thường tự khỏi sau vài ngày.",
            "Sáng ra, {be} đã hạ sốt, đòi ăn bát cháo thịt bằm {bo_me} nấu.",
            "Cho trẻ nghỉ ngơi ở nơi yên tĩnh, thoáng khí giúp trẻ hồi phục nhanh hơn.",
        ]},
        "kham_benh": {"tt": ["đi khám bệnh tại bệnh viện", "đặt lịch và đi khám bệnh"], "sents": [
            "Nên đến bệnh viện sớm vào buổi sáng để lấy số và làm xong các xét nghiệm trong ngày.",
            "Nhiều bệnh viện đã cho phép đặt lịch khám qua điện thoại hoặc ứng dụng.",
            "{xung} {ten} đặt lịch khám lúc {gio} tại {benhvien} để kiểm tra cơn đau dạ dày.",
            "Khi đi khám, người bệnh nên mang theo thẻ bảo hiểm y tế, giấy tờ tùy thân và các kết quả khám cũ.",
            "Một số xét nghiệm máu yêu cầu nhịn ăn sáng, vì vậy nên hỏi trước khi đi.",
            "Bác sĩ hỏi kỹ về triệu chứng, thời gian bị bệnh và các loại thuốc đang dùng.",
            "Người bệnh nên ghi sẵn những câu muốn hỏi để không quên khi gặp bác sĩ.",
            "Khu khám bệnh có bảng điện tử hiển thị số thứ tự của từng phòng khám.",
            "Sau khi có kết quả xét nghiệm, người bệnh quay lại phòng khám để bác sĩ kết luận.",
            "Tiền khám và xét nghiệm hôm đó hết khoảng {tien}, phần lớn được bảo hiểm chi trả.",
            "Điều dưỡng hướng dẫn {cu} lên phòng siêu âm ở tầng {so}.",
            "Khám sức khỏe định kỳ mỗi năm một lần giúp phát hiện sớm nhiều bệnh mạn tính.",
            "Người bệnh nên kể trung thực về thói quen ăn uống, hút thuốc và uống rượu bia.",
            "Đơn thuốc cần được đọc kỹ, uống đúng giờ và đủ liệu trình.",
            "Nếu thấy tác dụng phụ bất thường, người bệnh cần báo ngay cho bác sĩ điều trị.",
            "Sảnh chờ của {benhvien} sáng nay đông nghịt người, phần lớn là người cao tuổi.",
            "Nhờ đi khám sớm, bệnh của {cu} được phát hiện kịp thời và điều trị hiệu quả.",
            "Một số bệnh viện có quầy hướng dẫn do tình nguyện viên trực để giúp người bệnh tìm đường.",
            "Người nhà nên đi cùng người cao tuổi để hỗ trợ làm thủ tục và ghi nhớ lời dặn của bác sĩ.",
            "Bác sĩ hẹn {xung} {ten} tái khám sau {ngay_so} ngày để đánh giá lại.",
        ]},
        "dinh_duong": {"tt": ["giữ gìn sức khỏe và ăn uống lành mạnh", "xây dựng thói quen sống khỏe"], "sents": [
            "Một bữa ăn cân đối nên có đủ tinh bột, chất đạm, chất béo, rau xanh và trái cây.",
            "Uống đủ nước mỗi ngày giúp cơ thể tỉnh táo và hỗ trợ tiêu hóa.",
            "Người trưởng thành nên vận động khoảng ba mươi phút mỗi ngày, ít nhất năm ngày một tuần.",
            "Hạn chế muối, đường và đồ chiên rán là cách đơn giản để bảo vệ tim mạch.",
            "{xung} {ten} bỏ thói quen uống nước ngọt, thay bằng trà xanh và nước lọc.",
            "Ngủ đủ giấc quan trọng không kém ăn uống hợp lý.",
            "Ăn sáng đầy đủ giúp duy trì năng lượng cho cả buổi làm việc.",
            "Rau củ theo mùa vừa rẻ, vừa tươi ngon và giàu dinh dưỡng.",
            "Người cao tuổi nên chia nhỏ bữa ăn, ưu tiên thức ăn mềm, dễ tiêu.",
            "Sau ba tháng đi bộ đều đặn, {xung} {ten} giảm được {so} cân và ngủ ngon hơn.",
            "Rửa tay bằng xà phòng trước khi ăn và sau khi đi vệ sinh giúp phòng nhiều bệnh truyền nhiễm.",
            "Thực phẩm cần được nấu chín kỹ và bảo quản đúng cách, nhất là vào mùa nóng.",
            "Ngồi làm việc lâu nên đứng dậy đi lại vài phút sau mỗi giờ.",
            "Hút thuốc lá gây hại cho cả người hút lẫn những người xung quanh.",
            "Câu lạc bộ dưỡng sinh ở {phuong} có hơn {so2} thành viên, sáng nào cũng tập đều đặn.",
            "Giữ tinh thần thoải mái, chia sẻ với người thân giúp giảm căng thẳng trong cuộc sống.",
            "Nhiều gia đình đã quen đọc nhãn dinh dưỡng trên bao bì trước khi mua thực phẩm.",
            "Trẻ em cần được ăn đa dạng để phát triển chiều cao và trí tuệ.",
            "Bữa tối nên ăn nhẹ và cách giờ đi ngủ ít nhất hai tiếng.",
            "Tiêm vắc xin đầy đủ theo lịch là cách phòng bệnh hiệu quả cho cả trẻ em và người lớn.",
        ]},
        "tiem_chung": {"tt": ["đưa trẻ đi tiêm chủng", "tiêm vắc xin cho trẻ đúng lịch"], "sents": [
            "Sổ tiêm chủng của trẻ cần được giữ cẩn thận và mang theo mỗi lần đi tiêm.",
            "Trạm y tế {phuong} tổ chức buổi tiêm chủng mở rộng vào ngày {date}.",
            "Trước khi tiêm, trẻ được cân, đo nhiệt độ và khám sàng lọc để bảo đảm đủ điều kiện.",
            "Sau tiêm, cha mẹ cần ở lại theo dõi trẻ ít nhất ba mươi phút tại điểm tiêm.",
            "Trẻ có thể sốt nhẹ hoặc quấy khóc sau tiêm, đây thường là phản ứng bình thường.",
            "Nếu trẻ sốt cao, tím tái hoặc bỏ bú sau tiêm, cần đưa trẻ đến cơ sở y tế ngay.",
            "Lịch tiêm được nhân viên y tế ghi rõ trong sổ và nhắc qua tin nhắn.",
            "{be} khóc ré lên khi bị tiêm, nhưng chỉ một lúc sau đã cười tươi với cô điều dưỡng.",
            "Không nên chườm nóng hay đắp lá vào chỗ tiêm.",
            "Tiêm chủng không chỉ bảo vệ trẻ mà còn góp phần bảo vệ cả cộng đồng.",
            "Buổi tiêm hôm ấy có {so2} trẻ được tiêm, không ghi nhận phản ứng bất thường nào.",
            "Nhân viên y tế giải thích từng loại vắc xin và tác dụng phòng bệnh của chúng.",
            "Cha mẹ nên cho trẻ ăn no và mặc áo rộng tay trước khi đi tiêm.",
            "Một số loại vắc xin dịch vụ cần đặt lịch trước vì số lượng có hạn.",
            "Người lớn cũng nên tiêm nhắc lại một số loại vắc xin theo khuyến cáo của bác sĩ.",
            "Khi trẻ đang ốm, nên báo với nhân viên y tế để được khám và hẹn tiêm lại.",
            "Sau buổi tiêm, {xung} {ten} ghi ngày tiêm tiếp theo vào lịch trên điện thoại.",
            "Điểm tiêm luôn có sẵn thuốc và dụng cụ cấp cứu để xử lý phản ứng nếu có.",
            "Bà ngoại ôm {be} dỗ dành suốt đường về nhà.",
        ]},
        "nguoi_cao_tuoi": {"tt": ["chăm sóc người cao tuổi mắc bệnh mạn tính", "chăm sóc ông bà bị tăng huyết áp"], "sents": [
            "Người bị tăng huyết áp cần đo huyết áp đều đặn và ghi lại kết quả mỗi ngày.",
            "{cu} bị tiểu đường đã {nam_so} năm nên ăn uống rất có chừng mực.",
            "Thuốc huyết áp phải uống đều hằng ngày, không tự ý ngưng khi thấy huyết áp ổn định.",
            "Con cháu nên sắp thuốc vào hộp chia ngày để ông bà không quên hoặc uống nhầm.",
            "Người cao tuổi cần được khám định kỳ để bác sĩ điều chỉnh thuốc kịp thời.",
            "Sàn nhà tắm nên có thảm chống trơn để phòng té ngã cho người già.",
            "Đi bộ nhẹ nhàng và tập dưỡng sinh giúp người cao tuổi giữ được sự dẻo dai.",
            "Trạm y tế {phuong} đang quản lý hồ sơ sức khỏe của hơn {so3} người cao tuổi trên địa bàn.",
            "Khi thấy đau đầu dữ dội, yếu nửa người hoặc nói khó, cần gọi cấp cứu 115 ngay.",
            "Bác sĩ dặn {cu} ăn nhạt, hạn chế đồ ngọt và tái khám mỗi tháng một lần.",
            "Sự quan tâm, trò chuyện của con cháu giúp người già vui vẻ, sống khỏe hơn.",
            "Người bệnh tiểu đường cần chăm sóc bàn chân cẩn thận, tránh để trầy xước.",
            "Máy đo huyết áp điện tử giờ khá phổ biến và dễ sử dụng tại nhà.",
            "Nhiều người cao tuổi ngại đi khám vì sợ làm phiền con cháu.",
            "Cuối tuần, {xung} {ten} đưa {cu} đi tái khám rồi cùng ăn trưa ở quán quen.",
            "Chỉ số đường huyết của {cu} đã ổn định hơn sau hai tháng tuân thủ chế độ ăn.",
            "Người cao tuổi nên tiêm phòng cúm hằng năm theo tư vấn của nhân viên y tế.",
            "Giữ ấm cơ thể khi trời trở lạnh là điều đặc biệt quan trọng với người có bệnh tim mạch.",
            "Hằng tháng, trạm y tế tổ chức buổi nói chuyện về sức khỏe cho người cao tuổi trong khu phố.",
        ]},
    },
    "general": [
        "Số điện thoại cấp cứu 115 hoạt động suốt ngày đêm.",
        "Khoa Khám bệnh của {benhvien} làm việc từ {gio} đến {gio2} các ngày trong tuần.",
        "Người bệnh và người nhà cần giữ trật tự, vệ sinh chung trong khuôn viên bệnh viện.",
        "Thuốc cần được bảo quản nơi khô ráo, thoáng mát và xa tầm tay trẻ em.",
        "Không nên mua thuốc theo lời mách bảo trên mạng xã hội.",
        "Các y bác sĩ trực xuyên đêm để kịp thời xử lý những ca cấp cứu.",
        "Bác sĩ {name2} đã công tác tại {benhvien} hơn {nam_so} năm.",
        "Một nụ cười và lời hỏi han ân cần của điều dưỡng giúp người bệnh bớt lo lắng.",
        "Bệnh viện bố trí khu vực chờ riêng cho người cao tuổi và phụ nữ mang thai.",
        "Người nhà chỉ nên vào thăm bệnh nhân đúng giờ quy định để không ảnh hưởng đến việc điều trị.",
        "Đơn thuốc điện tử giúp người bệnh mua thuốc đúng và tránh nhầm lẫn.",
        "Nhân viên y tế luôn khuyên người dân đi khám sớm thay vì tự chữa ở nhà.",
        "Trạm y tế là nơi gần dân nhất, có thể khám những bệnh thông thường và tư vấn ban đầu.",
        "Khi dịch bệnh lưu hành, việc rửa tay và đeo khẩu trang nơi đông người được khuyến khích.",
        "Bộ phận chăm sóc khách hàng của bệnh viện tiếp nhận góp ý qua số {hotline}.",
        "Sổ sức khỏe điện tử giúp bác sĩ xem lại lịch sử bệnh nhanh chóng.",
        "Phòng khám ngoài giờ của {benhvien} mở cửa đến tám giờ tối để người đi làm tiện khám.",
        "Người bệnh nên hỏi dược sĩ cách uống thuốc trước hay sau bữa ăn.",
        "Tháng này, trạm y tế {phuong} tổ chức khám sàng lọc miễn phí cho {so3} người dân.",
        "Điều dưỡng {nu} nhẹ nhàng hướng dẫn người nhà cách chăm sóc bệnh nhân sau mổ.",
        "Nhiều bệnh viện đã cho phép thanh toán viện phí bằng thẻ ngân hàng và mã QR.",
        "Khi nằm viện, người bệnh nên mang theo đồ dùng cá nhân gọn nhẹ và giấy tờ cần thiết.",
        "Bác sĩ khuyên {xung} {ten} tái khám đúng hẹn dù đã thấy khỏe hơn.",
        "Nước uống sạch và vệ sinh nhà cửa là cách phòng bệnh đơn giản mà hiệu quả.",
        "Sau ca phẫu thuật, {cu} được chuyển về phòng hồi sức để theo dõi.",
        "Căng tin bệnh viện phục vụ cơm, cháo và sữa cho người bệnh từ sáng sớm.",
    ],
    "narr": [
        ("Đêm con sốt",
         "Khoảng mười giờ đêm, {xung} {ten} phát hiện {be} nóng hầm hập, người mệt lả. Nhiệt kế chỉ {nhiet}. {xung} {ten} cởi bớt áo cho con, lau người bằng khăn ấm và cho con uống từng ngụm nước nhỏ. Sau đó, {xung} {ten} cho con uống thuốc hạ sốt đúng liều bác sĩ đã dặn từ lần khám trước. Cả đêm, hai vợ chồng thay nhau thức, cứ vài giờ lại đo nhiệt độ một lần. Sáng hôm sau, thấy con vẫn còn sốt, cả nhà đưa bé đến {benhvien} để bác sĩ khám cho yên tâm."),
        ("Buổi sáng ở phòng khám",
         "Mới sáu giờ sáng, sảnh chờ của {benhvien} đã kín người. {cu} đi cùng con gái, tay cầm sổ khám bệnh và tập kết quả xét nghiệm cũ. Nhờ đặt lịch từ hôm trước nên hai người không phải xếp hàng lấy số. Bác sĩ hỏi han kỹ lưỡng, đo huyết áp rồi chỉ định làm thêm xét nghiệm máu. Gần trưa, khi có kết quả, bác sĩ điều chỉnh liều thuốc và dặn {cu} ăn nhạt hơn. Trên đường về, {cu} bảo lần sau sẽ tự đặt lịch qua điện thoại, không phiền con cháu nữa."),
        ("Ngày tiêm chủng",
         "Sáng {thu}, {xung} {ten} bế {be} đến trạm y tế để tiêm mũi vắc xin theo lịch. Cô điều dưỡng cân, đo nhiệt độ và hỏi tình hình sức khỏe của bé mấy ngày gần đây. Bác sĩ khám sàng lọc, thấy bé khỏe mạnh nên cho tiêm. {be} khóc một lúc rồi nín khi được {bo_me} ôm vào lòng dỗ dành. Hai {bo_me} con ngồi lại ba mươi phút để nhân viên y tế theo dõi. Trước khi về, cô điều dưỡng ghi lịch tiêm mũi tiếp theo vào sổ và dặn nếu bé sốt cao thì đưa đi khám ngay."),
        ("Thay đổi nhỏ, sức khỏe lớn",
         "Năm ngoái, đợt khám sức khỏe ở công ty cho thấy {xung} {ten} bị mỡ máu cao. Bác sĩ khuyên trước hết nên thay đổi thói quen sinh hoạt và hẹn kiểm tra lại. {xung} {ten} bắt đầu đi bộ mỗi tối, bớt ăn đồ chiên và bỏ hẳn nước ngọt. Những tuần đầu khá vất vả, nhất là khi bạn bè rủ đi ăn nhậu. Sau sáu tháng, kết quả xét nghiệm đã trở về gần mức bình thường. {xung} {ten} nói điều khó nhất không phải là tập luyện mà là giữ được sự đều đặn."),
        ("Chiếc máy đo huyết áp trong nhà",
         "Từ khi được con cháu mua cho chiếc máy đo huyết áp, sáng nào {cu} cũng ngồi đo rồi ghi vào cuốn sổ nhỏ. Có hôm chỉ số cao bất thường, {cu} gọi ngay cho bác sĩ ở trạm y tế để hỏi. Bác sĩ dặn nghỉ ngơi, đo lại sau mười lăm phút và nhớ uống thuốc đúng giờ. Lần đo sau, huyết áp đã trở lại ổn định. Cuốn sổ ghi chép ấy giúp bác sĩ điều chỉnh thuốc chính xác hơn trong lần tái khám. {cu} bảo, có máy đo trong nhà thấy yên tâm hẳn."),
        ("Ca trực đêm",
         "Đêm ấy, khoa Cấp cứu của {benhvien} tiếp nhận liên tiếp nhiều ca bệnh. Điều dưỡng {name2} gần như không có lúc nào ngồi nghỉ. Một bệnh nhân lớn tuổi bị khó thở được đưa vào lúc nửa đêm và được xử trí kịp thời. Gần sáng, một em bé bị ngã cầu thang cũng được chuyển đến, may chỉ bị xây xát nhẹ. Khi ca trực kết thúc, trời đã sáng rõ. Điều dưỡng {name2} thay áo, đạp xe về nhà, trong lòng nhẹ nhõm vì mọi người đều bình an."),
        ("Tủ thuốc gia đình",
         "Cuối tuần, {xung} {ten} quyết định dọn lại tủ thuốc gia đình. Mấy vỉ thuốc đã hết hạn được gom riêng để bỏ đi đúng cách. Những thứ cần thiết như thuốc hạ sốt, dung dịch sát khuẩn, băng gạc và nhiệt kế được xếp gọn vào từng ngăn. {xung} {ten} dán nhãn ghi tên và hạn dùng lên từng hộp. Tủ thuốc được đặt trên cao, xa tầm tay trẻ nhỏ. Xong việc, {xung} {ten} ghi thêm số điện thoại của trạm y tế lên cánh tủ."),
        ("Một lần té ngã",
         "Chiều hôm đó, {cu} trượt chân trong nhà tắm và ngã ngồi xuống sàn. Cả nhà hốt hoảng, nhưng {xung} {ten} bình tĩnh hỏi {cu} có đau ở đâu không và chưa vội đỡ dậy. Thấy {cu} đau nhiều ở hông, cả nhà gọi xe cấp cứu. Tại bệnh viện, bác sĩ cho chụp phim và may mắn không phát hiện gãy xương. Sau lần ấy, gia đình lắp thêm tay vịn và trải thảm chống trơn trong nhà tắm. Bây giờ {cu} đi lại cẩn thận hơn, lúc nào cũng có người ở bên."),
    ],
    "qa": [
        ("Con tôi sốt 38 độ, có cần cho uống thuốc hạ sốt ngay không?",
         "Với mức sốt nhẹ, cha mẹ có thể cho trẻ mặc thoáng, uống nhiều nước và theo dõi thêm. Thuốc hạ sốt thường được dùng khi trẻ sốt cao hoặc quấy khóc, mệt mỏi, và phải đúng liều theo cân nặng. Nếu trẻ dưới ba tháng tuổi hoặc có dấu hiệu bất thường, hãy đưa trẻ đi khám ngay."),
        ("Đi khám có cần nhịn ăn sáng không?",
         "Điều này tùy vào loại xét nghiệm. Các xét nghiệm đường huyết, mỡ máu thường cần nhịn ăn từ tám đến mười tiếng, nhưng vẫn có thể uống một ít nước lọc. Bạn nên hỏi trước bệnh viện để chuẩn bị cho đúng."),
        ("Tôi có thể mua lại đơn thuốc cũ để uống khi bệnh tái phát không?",
         "Bạn không nên làm vậy. Mỗi lần bệnh có thể khác nhau và liều thuốc cần được bác sĩ điều chỉnh. Tự dùng lại đơn cũ, nhất là kháng sinh, có thể gây hại cho sức khỏe."),
        ("Sau khi tiêm vắc xin, bé bị sưng đỏ chỗ tiêm thì làm sao?",
         "Sưng đỏ nhẹ là phản ứng thường gặp và sẽ tự hết sau vài ngày. Cha mẹ không nên chườm nóng hay bôi thuốc lạ vào chỗ tiêm. Nếu vết sưng lan rộng, trẻ sốt cao hoặc bỏ bú, cần đưa trẻ đến cơ sở y tế."),
        ("Người cao tuổi nên khám sức khỏe bao lâu một lần?",
         "Người cao tuổi nên khám định kỳ ít nhất mỗi năm một lần. Với người đang có bệnh mạn tính như tăng huyết áp hay tiểu đường, lịch tái khám thường dày hơn theo hẹn của bác sĩ."),
        ("Khi nào cần gọi cấp cứu 115?",
         "Bạn nên gọi ngay khi có người bất tỉnh, khó thở, đau ngực dữ dội, yếu liệt nửa người hoặc chảy máu nhiều. Khi gọi, hãy nói rõ địa chỉ, tình trạng người bệnh và giữ máy để được hướng dẫn."),
        ("Uống thuốc huyết áp rồi mà chỉ số vẫn cao thì có nên uống thêm viên nữa không?",
         "Bạn không nên tự ý tăng liều. Hãy nghỉ ngơi, đo lại sau một lúc và liên hệ bác sĩ điều trị để được tư vấn. Nếu kèm đau đầu dữ dội, nhìn mờ hay đau ngực, cần đến cơ sở y tế ngay."),
        ("Trẻ bị tiêu chảy thì nên cho ăn gì?",
         "Trẻ vẫn nên được ăn uống bình thường, chia nhỏ bữa, ưu tiên cháo, súp và tiếp tục bú mẹ. Quan trọng nhất là bù nước bằng dung dịch oresol pha đúng hướng dẫn. Nếu trẻ nôn nhiều, đi ngoài ra máu hoặc lờ đờ, hãy cho trẻ đi khám."),
        ("Làm sao để ngủ ngon hơn khi hay căng thẳng?",
         "Bạn nên đi ngủ và thức dậy vào giờ cố định, hạn chế dùng điện thoại trước khi ngủ và tránh cà phê vào buổi chiều. Tập thể dục nhẹ và trò chuyện với người thân cũng giúp giảm căng thẳng. Nếu mất ngủ kéo dài, hãy gặp bác sĩ."),
        ("Tôi có cần mang theo kết quả khám cũ khi đi khám lại không?",
         "Bạn nên mang theo đầy đủ. Kết quả cũ giúp bác sĩ so sánh diễn tiến bệnh và tránh phải làm lại những xét nghiệm không cần thiết. Hãy sắp xếp giấy tờ theo thứ tự thời gian cho dễ xem."),
    ],
    "steps": {
        "sot_tre": [
            "Đo nhiệt độ cho trẻ bằng nhiệt kế và ghi lại thời điểm đo.",
            "Cởi bớt quần áo, để trẻ nằm nơi thoáng mát.",
            "Lau người cho trẻ bằng khăn ấm, nhất là ở trán, nách và bẹn.",
            "Cho trẻ uống nhiều nước, bú mẹ hoặc ăn thức ăn lỏng.",
            "Dùng thuốc hạ sốt đúng liều theo cân nặng khi cần và theo dõi các dấu hiệu nặng.",
        ],
        "kham_benh": [
            "Đặt lịch khám trước qua điện thoại hoặc ứng dụng của bệnh viện.",
            "Chuẩn bị thẻ bảo hiểm y tế, giấy tờ tùy thân và kết quả khám cũ.",
            "Đến quầy tiếp đón để làm thủ tục và nhận số thứ tự.",
            "Vào phòng khám theo số, trình bày rõ triệu chứng với bác sĩ.",
            "Làm xét nghiệm theo chỉ định, quay lại nhận kết luận và đơn thuốc.",
        ],
        "tiem_chung": [
            "Kiểm tra lịch tiêm trong sổ tiêm chủng của trẻ.",
            "Cho trẻ ăn no, mặc quần áo thoải mái trước khi đi.",
            "Báo với nhân viên y tế nếu trẻ đang ốm hoặc từng có phản ứng sau tiêm.",
            "Ở lại điểm tiêm ít nhất ba mươi phút để được theo dõi sau tiêm.",
            "Tiếp tục theo dõi trẻ tại nhà trong một đến hai ngày tiếp theo.",
        ],
        "nguoi_cao_tuoi": [
            "Lập sổ theo dõi huyết áp hoặc đường huyết hằng ngày.",
            "Sắp thuốc vào hộp chia ngày và đặt chuông nhắc giờ uống.",
            "Chuẩn bị thực đơn ít muối, ít đường, nhiều rau xanh.",
            "Dành thời gian trò chuyện và cùng ông bà đi bộ nhẹ nhàng.",
            "Đưa ông bà đi tái khám đúng hẹn và mang theo sổ theo dõi.",
        ],
        "dinh_duong": [
            "Ghi lại những gì mình ăn trong một tuần để nhận ra thói quen chưa tốt.",
            "Thay nước ngọt bằng nước lọc hoặc trà không đường.",
            "Thêm một đĩa rau vào mỗi bữa ăn chính.",
            "Chọn một giờ cố định trong ngày để đi bộ hoặc tập thể dục.",
            "Đi ngủ trước mười một giờ đêm và hạn chế dùng điện thoại trên giường.",
        ],
    },
})

DOMAINS.append({
    "name": "giáo dục",
    "dom_phrase": "việc học của con em và chuyện trường lớp",
    "doi_tuong": ["phụ huynh và học sinh", "quý phụ huynh", "các em học sinh và gia đình"],
    "to_chuc": ["{truong}", "{truong}", "Sở Giáo dục và Đào tạo {tinh}"],
    "vai_tro": ["giáo viên chủ nhiệm lớp {lop}", "hiệu trưởng {truong}", "giáo viên dạy môn {mon}",
                "tổng phụ trách đội của trường"],
    "nguoi_viet": "phụ huynh của một học sinh",
    "topics": {
        "tuyen_sinh": {"tt": ["chuẩn bị hồ sơ nhập học cho con", "đăng ký tuyển sinh đầu cấp"], "sents": [
            "Năm nay, con của {xung} {ten} chuẩn bị bước vào lớp đầu cấp tại {truong}.",
            "Nhiều địa phương đã cho phép đăng ký tuyển sinh đầu cấp trực tuyến.",
            "Hồ sơ nhập học thường gồm đơn, bản sao giấy khai sinh và học bạ của cấp học trước.",
            "Phụ huynh nên theo dõi kỹ lịch tuyển sinh được nhà trường công bố trên bảng tin.",
            "Thời gian đăng ký trực tuyến năm nay bắt đầu từ ngày {date} và kết thúc vào ngày {date2}.",
            "Mã số định danh của học sinh giúp việc khai báo hồ sơ nhanh và chính xác hơn.",
            "Các trường tiểu học và trung học cơ sở công lập thường tuyển sinh theo địa bàn cư trú để học sinh được học gần nhà.",
            "Sau khi có kết quả, phụ huynh đến trường nộp hồ sơ bản giấy để xác nhận nhập học.",
            "{xung} {ten} thức đến khuya để đăng ký cho con ngay khi hệ thống vừa mở.",
            "Buổi gặp mặt phụ huynh đầu năm giúp gia đình hiểu rõ kế hoạch giáo dục của nhà trường.",
            "Danh mục sách giáo khoa và đồng phục thường được nhà trường thông báo trước khi vào năm học.",
            "Nhiều phụ huynh lo lắng vì sợ con không theo kịp bạn bè ở môi trường mới.",
            "Năm học này, {truong} tuyển {so3} học sinh vào các lớp đầu cấp.",
            "Học sinh chuyển trường giữa năm cần có đơn và hồ sơ do trường cũ cung cấp.",
            "Trước ngày khai giảng, {xung} {ten} dẫn con đến trường làm quen với lớp học mới.",
            "Lễ khai giảng năm nay được tổ chức vào sáng ngày 5/9 với nhiều tiết mục văn nghệ đặc sắc.",
            "Phụ huynh có thể hỏi giáo viên về lịch học, giờ đón trả và bán trú ngay trong buổi họp đầu năm.",
            "Hồ sơ nhập học nên được kiểm tra kỹ trước khi nộp để tránh thiếu giấy tờ.",
        ]},
        "hoc_tap": {"tt": ["đồng hành cùng con học tập ở nhà", "giúp con tự học mỗi tối"], "sents": [
            "Mỗi tối, {xung} {ten} dành khoảng một tiếng ngồi cạnh con khi con làm bài tập.",
            "Cha mẹ không nên làm bài hộ mà nên gợi ý để con tự tìm ra cách giải.",
            "Góc học tập cần đủ ánh sáng, yên tĩnh và xa tivi.",
            "Đọc sách cùng con mỗi tối là thói quen tốt cho cả hai thế hệ.",
            "Em {hs} học khá môn {mon} nhưng còn ngại phát biểu trước lớp.",
            "Khen ngợi đúng lúc giúp trẻ tự tin và yêu thích việc học hơn.",
            "Thời gian dùng điện thoại và máy tính của trẻ nên được thống nhất rõ ràng trong gia đình.",
            "Giáo viên chủ nhiệm thường trao đổi với phụ huynh qua sổ liên lạc điện tử.",
            "Khi con bị điểm kém, cha mẹ nên bình tĩnh tìm hiểu nguyên nhân thay vì trách mắng.",
            "Một thời gian biểu hợp lý giúp trẻ cân bằng giữa học, chơi và nghỉ ngơi.",
            "Cuối tuần, cả nhà {xung} {ten} cùng đến thư viện mượn sách.",
            "Nhiều phụ huynh cho con học thêm quá nhiều khiến trẻ mệt mỏi và mất hứng thú.",
            "Em {hs} đặt mục tiêu đạt điểm {diem} môn {mon} trong bài kiểm tra cuối kỳ.",
            "Học nhóm với bạn bè giúp các em hiểu bài sâu hơn và biết cách làm việc cùng nhau.",
            "Giáo viên khuyên học sinh nên ôn bài đều đặn thay vì học dồn trước kỳ thi.",
            "Trẻ cần được ngủ đủ giấc để có sức học tập tốt vào ngày hôm sau.",
            "Tối nào em {hs} cũng tự soạn sách vở cho ngày mai trước khi đi ngủ.",
            "Những câu hỏi tưởng ngây ngô của trẻ lại là cơ hội để cha mẹ cùng con khám phá thế giới.",
            "Học tiếng Anh qua bài hát và phim hoạt hình giúp trẻ nhỏ thấy thú vị hơn.",
            "Sau học kỳ một, kết quả học tập của em {hs} tiến bộ rõ rệt.",
        ]},
        "thi_cu": {"tt": ["ôn thi và chuẩn bị cho kỳ thi", "giữ sức khỏe và tinh thần trong mùa thi"], "sents": [
            "Kỳ thi tốt nghiệp trung học phổ thông là mốc quan trọng với mỗi học sinh lớp 12.",
            "Chỉ còn {ngay_so} ngày nữa là đến kỳ thi, không khí ôn tập ở trường càng thêm khẩn trương.",
            "Học sinh nên lập kế hoạch ôn tập theo tuần, chia nhỏ từng chủ đề.",
            "Giữ sức khỏe trong mùa thi quan trọng không kém việc học.",
            "Các em nên làm quen với đề thi mẫu để biết cách phân bổ thời gian.",
            "Đêm trước ngày thi, tốt nhất là ngủ sớm thay vì thức khuya học bài.",
            "Thí sinh cần mang theo giấy tờ tùy thân và đồ dùng được phép mang vào phòng thi.",
            "Phụ huynh nên động viên thay vì tạo thêm áp lực cho con.",
            "Trong mùa thi, nhiều nhóm tình nguyện hỗ trợ nước uống và chỗ nghỉ cho thí sinh.",
            "Em {hs} dành nhiều thời gian cho môn {mon} vì đó là môn em yêu thích nhất.",
            "Đến điểm thi sớm giúp thí sinh bình tĩnh và có thời gian tìm phòng thi.",
            "Đọc kỹ đề trước khi làm bài giúp tránh những lỗi đáng tiếc.",
            "Sau khi thi xong, các em nên nghỉ ngơi và không nên mải miết dò đáp án.",
            "Năm nay, {tinh} có khoảng {so_lon} thí sinh đăng ký dự thi.",
            "Bữa ăn mùa thi nên đủ chất, dễ tiêu và hợp vệ sinh.",
            "Bạn bè trong lớp lập nhóm chia sẻ tài liệu và giải đề cùng nhau mỗi tối.",
            "Thầy cô dặn các em không mang điện thoại vào phòng thi dưới bất kỳ hình thức nào.",
            "Nhận được kết quả, em {hs} gọi ngay cho bố mẹ, giọng run run vì xúc động.",
            "Điểm chuẩn các trường đại học thường được công bố vào cuối mùa hè.",
            "Kỳ thi chỉ là một chặng đường, không phải là tất cả tương lai.",
        ]},
        "giao_vien": {"tt": ["phối hợp giữa gia đình và nhà trường", "trao đổi với giáo viên chủ nhiệm"], "sents": [
            "{gv}, giáo viên chủ nhiệm lớp {lop}, đã có hơn {nam_so} năm đứng lớp.",
            "Buổi họp phụ huynh cuối kỳ diễn ra vào tối {thu} tại phòng học của lớp.",
            "Giáo viên thông báo tình hình học tập của từng em qua nhóm liên lạc của lớp.",
            "Phụ huynh nên chủ động liên hệ giáo viên khi thấy con có biểu hiện khác thường.",
            "Những lời nhận xét trong sổ liên lạc giúp cha mẹ hiểu con hơn.",
            "Quỹ lớp được chi tiêu công khai, có sổ sách ghi chép rõ ràng.",
            "Nhà trường khuyến khích phụ huynh tham gia các hoạt động ngoại khóa cùng con.",
            "{gv} luôn kiên nhẫn giảng lại những bài khó cho học sinh còn yếu.",
            "Ngày Nhà giáo Việt Nam 20/11, học sinh tặng thầy cô những bông hoa và tấm thiệp tự làm.",
            "Khi có mâu thuẫn giữa các em, giáo viên và phụ huynh cần cùng nhau giải quyết bình tĩnh.",
            "Ban đại diện cha mẹ học sinh là cầu nối giữa gia đình và nhà trường.",
            "{gv} nhắn tin cảm ơn phụ huynh đã hỗ trợ lớp trong buổi trồng cây đầu xuân.",
            "Phụ huynh cần báo cho giáo viên chủ nhiệm khi con phải nghỉ học vì ốm.",
            "Mỗi học kỳ, nhà trường gửi phiếu khảo sát để lắng nghe ý kiến của phụ huynh.",
            "Các giáo viên trẻ mang đến nhiều phương pháp dạy học sinh động.",
            "Thực đơn bữa ăn bán trú được nhà trường công khai hằng tuần.",
            "Tình trạng bắt nạt học đường cần được phát hiện sớm và xử lý dứt điểm.",
            "Lớp {lop} năm nay có {si_so} học sinh, phần lớn nhà ở gần trường.",
            "Giáo viên chủ nhiệm gọi điện cho {xung} {ten} để báo tin con được chọn vào đội tuyển của trường.",
        ]},
        "hoc_nghe": {"tt": ["học thêm kỹ năng khi đã đi làm", "tham gia lớp học buổi tối cho người lớn"], "sents": [
            "Nhiều người đi làm đăng ký khóa học buổi tối để nâng cao trình độ.",
            "{xung} {ten} vừa hoàn thành khóa học tin học văn phòng kéo dài {thang_so} tháng.",
            "Học trực tuyến giúp người bận rộn chủ động sắp xếp thời gian.",
            "Trung tâm ngoại ngữ ở {city} mở thêm lớp tiếng Anh giao tiếp cho người lớn.",
            "Học phí khóa học là {tien}, được chia làm hai đợt đóng.",
            "Học nghề ngắn hạn là lựa chọn phù hợp cho người muốn chuyển việc.",
            "Mỗi tuần, lớp học diễn ra ba buổi, từ bảy giờ đến chín giờ tối.",
            "Bạn cùng lớp của {xung} {ten} có cả sinh viên lẫn người đã nghỉ hưu.",
            "Điều quan trọng nhất khi học ở tuổi trưởng thành là sự kiên trì.",
            "Giảng viên thường lấy ví dụ từ công việc thực tế để học viên dễ hiểu.",
            "Sau khóa học, {xung} {ten} tự tin hơn khi viết thư điện tử bằng tiếng Anh.",
            "Nhiều doanh nghiệp hỗ trợ một phần học phí cho nhân viên học thêm.",
            "Thư viện công cộng có phòng tự học miễn phí, mở cửa đến tối.",
            "Chứng chỉ nghề giúp người lao động có thêm cơ hội tìm việc ổn định.",
            "Học cùng con, {xung} {ten} bắt đầu học lại tiếng Anh từ những từ vựng đơn giản.",
            "Không bao giờ là quá muộn để bắt đầu học một điều mới.",
            "Lớp học đêm ấy vắng vài người vì trời mưa to, nhưng giảng viên vẫn dạy đầy đủ.",
            "Một cuốn sổ nhỏ ghi từ mới luôn nằm trong túi áo của {xung} {ten}.",
        ]},
    },
    "general": [
        "Sân trường rợp bóng cây phượng, mùa hè hoa nở đỏ rực.",
        "Tiếng trống trường vang lên báo hiệu giờ ra chơi.",
        "Thư viện trường mới được bổ sung hơn {so3} đầu sách cho học sinh.",
        "Nhà trường tổ chức tiết học an toàn giao thông cho học sinh vào đầu năm học.",
        "Học sinh đi xe đạp điện đến trường phải đội mũ bảo hiểm.",
        "Giờ tan trường, cổng trường đông nghịt phụ huynh đến đón con.",
        "Phong trào đọc sách được nhà trường duy trì đều đặn mỗi sáng thứ Hai.",
        "Các em học sinh hào hứng tham gia hội trại và các trò chơi dân gian.",
        "Mỗi lớp học đều có máy chiếu và bảng thông minh phục vụ giảng dạy.",
        "Đội văn nghệ của {truong} vừa đoạt giải nhất hội diễn cấp tỉnh.",
        "Giáo dục không chỉ là dạy chữ mà còn là dạy cách làm người.",
        "Nhà trường luôn chú trọng giáo dục kỹ năng sống cho học sinh.",
        "Bác bảo vệ trường quen mặt gần hết học sinh và phụ huynh.",
        "Bếp ăn bán trú được kiểm tra vệ sinh an toàn thực phẩm định kỳ.",
        "Buổi chào cờ đầu tuần có phần tuyên dương những học sinh chăm ngoan.",
        "Mỗi sáng, em {hs} đạp xe đến trường cùng nhóm bạn cùng xóm.",
        "Thầy cô thường nhắc học sinh chuẩn bị bài trước khi đến lớp.",
        "Cuối năm học, {truong} tổ chức lễ tổng kết và trao giấy khen cho học sinh tiêu biểu.",
        "Câu lạc bộ tiếng Anh của trường sinh hoạt vào chiều thứ Năm hằng tuần.",
        "Phòng thí nghiệm mới giúp học sinh được thực hành nhiều hơn trong giờ học.",
        "Học sinh lớp {lop} vừa có chuyến tham quan bảo tàng của {tinh}.",
        "Nhà trường phối hợp với trạm y tế khám sức khỏe cho học sinh vào đầu năm.",
        "Các em được khuyến khích mang bình nước cá nhân để hạn chế chai nhựa.",
        "Giờ sinh hoạt lớp là lúc các em cùng nhìn lại những việc đã làm trong tuần.",
        "Sân bóng của trường luôn rộn ràng sau giờ tan học.",
        "Nhiều phụ huynh tình nguyện đứng ở cổng trường giờ tan học để nhắc các em đi đường an toàn.",
        "Đầu năm học, mỗi học sinh được phát thời khóa biểu và nội quy lớp học.",
    ],
    "narr": [
        ("Ngày đầu đến lớp",
         "Sáng ngày khai giảng, {xung} {ten} dậy thật sớm để chở con đến trường. Con mặc bộ đồng phục mới, đeo chiếc cặp to gần bằng nửa người. Đến cổng trường, con bỗng níu chặt tay {bo_me}, mắt rơm rớm. {gv} bước ra, cúi xuống hỏi tên con rồi dắt con vào lớp. Đứng ngoài cửa sổ một lúc, {xung} {ten} thấy con đã bắt đầu cười nói với bạn ngồi bên cạnh. Trên đường đi làm, {xung} {ten} vẫn còn bồi hồi nhớ lại ngày đầu tiên đi học của chính mình."),
        ("Bài kiểm tra điểm thấp",
         "Hôm ấy, em {hs} về nhà với vẻ mặt buồn thiu vì bài kiểm tra môn {mon} chỉ được điểm năm. {xung} {ten} không trách mắng mà ngồi xuống xem lại bài cùng con. Hai {bo_me} con nhận ra em hiểu bài nhưng làm ẩu nên sai nhiều chỗ. Từ tối đó, em {hs} tập thói quen đọc kỹ đề và kiểm tra lại bài trước khi nộp. Đến bài kiểm tra tiếp theo, em được điểm tám. Em chạy ào vào nhà khoe, còn {xung} {ten} thì thưởng cho con một cuốn truyện mới."),
        ("Mùa thi",
         "Những ngày cuối tháng Sáu, căn phòng nhỏ của em {hs} lúc nào cũng sáng đèn đến khuya. Trên bàn là chồng đề thi thử và những tờ giấy ghi công thức dán kín tường. {xung} {ten} lặng lẽ nấu cháo, pha sữa mang lên cho con, không nói gì nhiều. Sáng ngày thi, cả nhà dậy từ năm giờ, ăn sáng nhẹ rồi đưa con đến điểm thi. Trước cổng trường, hàng trăm phụ huynh đứng chờ dưới nắng. Khi em {hs} bước ra với nụ cười tươi, {xung} {ten} biết rằng mọi vất vả đều đáng giá."),
        ("Cậu học trò nhút nhát",
         "Trong lớp {lop}, có một cậu học trò rất ít nói, giờ ra chơi thường ngồi một mình trong góc. {gv} để ý và giao cho cậu phụ trách góc thư viện của lớp. Mỗi ngày, cậu ghi chép sách mượn trả, dần dần quen với việc trò chuyện cùng các bạn. Cuối học kỳ, cậu còn xung phong giới thiệu một cuốn sách trước cả lớp. Trong buổi họp phụ huynh, mẹ cậu nói lời cảm ơn mà mắt rưng rưng. {gv} chỉ cười và nói rằng mỗi học sinh đều có một cánh cửa riêng, chỉ cần kiên nhẫn tìm chìa khóa."),
        ("Lớp học buổi tối",
         "Sau giờ làm, {xung} {ten} vội vàng ăn tạm ổ bánh mì rồi chạy đến lớp tiếng Anh buổi tối. Lớp có khoảng hai mươi học viên, người trẻ nhất mới mười tám, người lớn tuổi nhất đã gần sáu mươi. Giảng viên chia lớp thành từng nhóm nhỏ để luyện nói theo tình huống. Có hôm mệt quá, {xung} {ten} định nghỉ, nhưng nghĩ đến mục tiêu của mình lại cố gắng đi tiếp. Sau ba tháng, {xung} {ten} đã có thể tự giới thiệu và trả lời những câu hỏi đơn giản khi gặp khách nước ngoài. Niềm vui nhỏ ấy là động lực để {xung} {ten} đăng ký học tiếp khóa sau."),
        ("Buổi họp phụ huynh",
         "Tối thứ Sáu, phòng học lớp {lop} sáng đèn, bàn ghế được kê lại ngay ngắn. {gv} mở đầu buổi họp bằng việc điểm lại những tiến bộ của cả lớp trong học kỳ vừa qua. Sau đó, giáo viên chủ nhiệm chiếu bảng điểm chung và nhắc nhở nhẹ nhàng những em cần cố gắng hơn. Phụ huynh sôi nổi góp ý về giờ đón trả, bữa ăn bán trú và việc học thêm. Có phụ huynh đề xuất lập câu lạc bộ đọc sách cho các em vào cuối tuần. Buổi họp kết thúc muộn hơn dự kiến, nhưng ai ra về cũng thấy yên tâm hơn về con mình."),
        ("Thư viện cuối tuần",
         "Sáng Chủ nhật, {xung} {ten} đưa hai con đến thư viện của thành phố. Phòng đọc thiếu nhi có những kệ sách thấp, màu sắc tươi vui và những tấm thảm để các em ngồi đọc. Đứa lớn say sưa với cuốn sách về vũ trụ, còn đứa nhỏ thích truyện tranh cổ tích. Trước khi về, ba {bo_me} con làm thẻ thư viện và mượn thêm năm cuốn sách. Từ đó, sáng Chủ nhật nào cả nhà cũng dành một buổi cho thư viện. {xung} {ten} nhận thấy các con bớt xem điện thoại hẳn."),
        ("Giờ ra chơi",
         "Tiếng trống vừa dứt, sân trường bỗng chốc ồn ào như vỡ chợ. Nhóm học sinh lớp Ba rủ nhau chơi nhảy dây dưới gốc phượng. Mấy cậu bé lớp Năm tranh thủ đá cầu ở góc sân. Ở ghế đá, vài bạn gái chụm đầu đọc chung một cuốn truyện. Thầy tổng phụ trách đi một vòng quanh sân, nhắc các em không chạy nhảy gần cầu thang. Chỉ mười lăm phút thôi, nhưng giờ ra chơi luôn là khoảng thời gian các em mong chờ nhất."),
    ],
    "qa": [
        ("Con tôi học lớp Hai, mỗi ngày nên dành bao nhiêu thời gian để học ở nhà?",
         "Với học sinh tiểu học, khoảng ba mươi phút đến một tiếng mỗi tối là đủ. Điều quan trọng là con học đều đặn, tập trung và vẫn còn thời gian vui chơi, nghỉ ngơi."),
        ("Làm sao để con bớt xem điện thoại?",
         "Cả nhà nên thống nhất khung giờ dùng thiết bị điện tử và cha mẹ cũng cần làm gương. Thay vào đó, hãy cùng con đọc sách, chơi thể thao hoặc làm việc nhà để con thấy có nhiều điều thú vị hơn màn hình."),
        ("Đăng ký tuyển sinh trực tuyến nhưng nhập sai thông tin thì phải làm sao?",
         "Trong thời gian hệ thống còn mở, phụ huynh thường có thể đăng nhập để chỉnh sửa. Nếu đã hết hạn, hãy liên hệ ngay với nhà trường hoặc đơn vị phụ trách tuyển sinh để được hướng dẫn."),
        ("Con tôi bị bạn trêu chọc ở lớp, tôi nên làm gì?",
         "Trước hết, hãy lắng nghe con kể lại đầy đủ và trấn an con. Sau đó, bạn nên trao đổi với giáo viên chủ nhiệm để cùng tìm hiểu và có cách xử lý phù hợp, tránh tự mình đến mắng học sinh khác."),
        ("Có nên cho con đi học thêm nhiều môn không?",
         "Chỉ nên học thêm khi con thực sự cần bổ sung kiến thức hoặc có năng khiếu muốn phát triển. Học quá nhiều dễ khiến trẻ mệt mỏi, mất hứng thú và không còn thời gian tự học."),
        ("Người đi làm có thể học lấy thêm bằng cấp vào buổi tối không?",
         "Hoàn toàn có thể. Nhiều trường và trung tâm mở lớp vừa làm vừa học hoặc học trực tuyến. Bạn nên tìm hiểu kỹ chương trình, lịch học và học phí để chọn hình thức phù hợp với công việc."),
        ("Trước kỳ thi, con hay mất ngủ vì lo lắng thì phải làm sao?",
         "Cha mẹ nên trò chuyện để con nói ra nỗi lo, tránh nhắc quá nhiều đến điểm số. Giữ giờ ngủ cố định, ăn uống đủ chất và vận động nhẹ mỗi ngày sẽ giúp con bình tĩnh hơn."),
        ("Học sinh nghỉ học vì ốm thì cần thủ tục gì?",
         "Phụ huynh nên báo cho giáo viên chủ nhiệm ngay trong buổi sáng và nộp giấy xin phép khi con đi học lại. Nếu nghỉ dài ngày, hãy nhờ giáo viên hoặc bạn cùng lớp gửi bài để con theo kịp."),
        ("Sách giáo khoa cũ có dùng lại được cho em nhỏ không?",
         "Nếu cùng bộ sách và cùng chương trình thì hoàn toàn có thể dùng lại. Phụ huynh nên hỏi giáo viên danh mục sách năm học mới trước khi mua để tránh lãng phí."),
        ("Tôi muốn góp ý về bữa ăn bán trú thì gửi ở đâu?",
         "Bạn có thể trao đổi với giáo viên chủ nhiệm, ban đại diện cha mẹ học sinh hoặc gửi ý kiến bằng văn bản cho ban giám hiệu. Nên nêu cụ thể ngày, món ăn và điều mình băn khoăn để nhà trường dễ kiểm tra."),
    ],
    "steps": {
        "tuyen_sinh": [
            "Theo dõi thông báo tuyển sinh của nhà trường và địa phương.",
            "Chuẩn bị bản sao giấy khai sinh, mã định danh của học sinh và học bạ nếu có.",
            "Đăng ký trực tuyến trong thời gian hệ thống mở và lưu lại mã hồ sơ.",
            "Kiểm tra kết quả và mang hồ sơ giấy đến trường xác nhận nhập học.",
            "Tham dự buổi gặp mặt phụ huynh đầu năm để nắm kế hoạch học tập.",
        ],
        "hoc_tap": [
            "Cùng con dọn một góc học tập gọn gàng, đủ ánh sáng.",
            "Thống nhất giờ học cố định mỗi tối và giờ được dùng thiết bị điện tử.",
            "Để con tự làm bài trước, cha mẹ chỉ gợi ý khi con hỏi.",
            "Kiểm tra lại bài cùng con và khen những điểm con làm tốt.",
            "Trao đổi với giáo viên nếu thấy con gặp khó khăn kéo dài.",
        ],
        "thi_cu": [
            "Lập bảng kế hoạch ôn tập theo tuần cho từng môn.",
            "Làm đề thi mẫu trong thời gian giống như khi thi thật.",
            "Ghi lại những lỗi hay mắc để ôn lại vào cuối tuần.",
            "Ngủ đủ giấc, ăn uống đủ chất trong những tuần cuối.",
            "Chuẩn bị sẵn giấy tờ và dụng cụ cần thiết từ tối hôm trước.",
        ],
        "giao_vien": [
            "Lưu số điện thoại và nhóm liên lạc của giáo viên chủ nhiệm.",
            "Đọc kỹ thông báo của lớp và phản hồi khi giáo viên cần.",
            "Tham gia đầy đủ các buổi họp phụ huynh.",
            "Trao đổi với giáo viên một cách cởi mở, tôn trọng khi có vấn đề.",
            "Cùng nhà trường theo dõi sự tiến bộ của con trong suốt năm học.",
        ],
        "hoc_nghe": [
            "Xác định rõ kỹ năng mình cần học cho công việc.",
            "Tìm hiểu các khóa học, so sánh nội dung, lịch học và học phí.",
            "Đăng ký học thử một buổi nếu trung tâm cho phép.",
            "Sắp xếp lịch làm việc và việc nhà để đi học đều đặn.",
            "Thực hành ngay những điều đã học vào công việc hằng ngày.",
        ],
    },
})

DOMAINS.append({
    "name": "bảo hiểm",
    "dom_phrase": "bảo hiểm y tế, bảo hiểm xã hội và bảo hiểm thương mại",
    "doi_tuong": ["người tham gia bảo hiểm", "khách hàng", "người lao động và người dân"],
    "to_chuc": ["{baohiem}", "Bảo hiểm xã hội {tinh}", "{baohiem}"],
    "vai_tro": ["chuyên viên tư vấn bảo hiểm", "cán bộ bảo hiểm xã hội", "nhân viên giám định bồi thường",
                "đại lý bảo hiểm lâu năm"],
    "nguoi_viet": "một khách hàng tham gia bảo hiểm",
    "topics": {
        "bhyt": {"tt": ["sử dụng thẻ bảo hiểm y tế khi đi khám", "gia hạn thẻ bảo hiểm y tế"], "sents": [
            "Thẻ bảo hiểm y tế giúp người bệnh giảm đáng kể chi phí khám chữa bệnh.",
            "Khi đi khám, người bệnh có thể xuất trình thẻ bảo hiểm y tế giấy, thẻ trên ứng dụng hoặc thẻ căn cước.",
            "Khám đúng nơi đăng ký và đúng quy trình chuyển tuyến giúp người tham gia được hưởng đầy đủ quyền lợi.",
            "Phần lớn người tham gia được quỹ bảo hiểm chi trả 80% chi phí trong phạm vi quyền lợi.",
            "Trẻ em dưới sáu tuổi được Nhà nước cấp thẻ bảo hiểm y tế miễn phí.",
            "Hộ gia đình tham gia bảo hiểm y tế được giảm mức đóng cho các thành viên từ người thứ hai trở đi.",
            "{xung} {ten} vừa gia hạn thẻ bảo hiểm y tế hộ gia đình cho cả nhà với số tiền {tien}.",
            "Trước khi thẻ hết hạn, người dân nên đóng tiền gia hạn để không bị gián đoạn quyền lợi.",
            "Nhờ có bảo hiểm y tế, ca mổ ruột thừa của {cu} chỉ phải đồng chi trả một phần nhỏ.",
            "Thông tin thẻ bảo hiểm y tế có thể tra cứu nhanh trên ứng dụng của cơ quan bảo hiểm xã hội.",
            "Người có thẻ nên kiểm tra kỹ họ tên, ngày sinh và nơi đăng ký khám ban đầu trên thẻ.",
            "Muốn đổi nơi đăng ký khám chữa bệnh ban đầu, người tham gia có thể làm thủ tục vào đầu mỗi quý.",
            "Một số loại thuốc và dịch vụ ngoài danh mục sẽ không được quỹ bảo hiểm y tế chi trả.",
            "Học sinh, sinh viên tham gia bảo hiểm y tế qua nhà trường và được ngân sách hỗ trợ một phần.",
            "Nhân viên bệnh viện hướng dẫn {xung} {ten} ký xác nhận bảng kê chi phí trước khi thanh toán.",
            "Tham gia bảo hiểm y tế liên tục từ năm năm trở lên mang lại thêm quyền lợi khi tiền cùng chi trả trong năm vượt mức quy định.",
            "Năm nay, tỷ lệ người dân {tinh} có thẻ bảo hiểm y tế đạt khoảng {pct_cao}.",
            "Cầm tờ hóa đơn, {xung} {ten} thở phào vì phần lớn chi phí đã được bảo hiểm thanh toán.",
        ]},
        "bhxh": {"tt": ["tham gia bảo hiểm xã hội", "tìm hiểu quyền lợi bảo hiểm xã hội"], "sents": [
            "Người lao động làm việc theo hợp đồng từ đủ một tháng trở lên thuộc diện tham gia bảo hiểm xã hội bắt buộc.",
            "Mỗi tháng, người lao động đóng 8% tiền lương vào quỹ hưu trí và tử tuất.",
            "Sổ bảo hiểm xã hội ghi lại toàn bộ quá trình đóng của người lao động.",
            "Người làm tự do có thể tham gia bảo hiểm xã hội tự nguyện để có lương hưu khi về già.",
            "{xung} {ten} đã đóng bảo hiểm xã hội được {nam_so} năm tại {congty}.",
            "Chế độ thai sản giúp lao động nữ có thu nhập trong thời gian nghỉ sinh con.",
            "Lao động nữ sinh con được nghỉ thai sản sáu tháng theo quy định.",
            "Khi chuyển công ty, người lao động nên đề nghị chốt sổ để nơi làm mới tiếp tục đóng nối tiếp.",
            "Tra cứu quá trình đóng trên ứng dụng giúp người lao động phát hiện sớm nếu doanh nghiệp chậm đóng.",
            "Rút bảo hiểm xã hội một lần có thể làm mất quyền lợi lương hưu về sau, nên cân nhắc kỹ.",
            "Chế độ ốm đau chi trả một phần thu nhập khi người lao động phải nghỉ việc để điều trị.",
            "Cán bộ bảo hiểm xã hội giải thích cho {xung} {ten} cách tính thời gian đóng để hưởng lương hưu.",
            "Người lao động mất việc có thể được hưởng trợ cấp thất nghiệp nếu đáp ứng đủ điều kiện.",
            "Hồ sơ hưởng trợ cấp thất nghiệp cần nộp trong vòng ba tháng kể từ khi chấm dứt hợp đồng.",
            "Nhà nước hỗ trợ một phần mức đóng cho người tham gia bảo hiểm xã hội tự nguyện.",
            "Tại {tinh}, đã có thêm {so_lon} người tham gia bảo hiểm xã hội tự nguyện trong năm qua.",
            "Đóng bảo hiểm xã hội là cách tích lũy cho tuổi già được an tâm.",
            "{cu} vừa nhận tháng lương hưu đầu tiên sau hơn ba mươi năm làm việc.",
        ]},
        "bh_suc_khoe": {"tt": ["mua bảo hiểm sức khỏe cho gia đình", "chọn gói bảo hiểm sức khỏe"], "sents": [
            "Bảo hiểm sức khỏe thương mại có thể bổ sung cho những khoản mà bảo hiểm y tế không chi trả.",
            "Trước khi ký hợp đồng, khách hàng cần đọc kỹ quyền lợi, điều khoản loại trừ và thời gian chờ.",
            "Thời gian chờ là khoảng thời gian kể từ khi hợp đồng có hiệu lực mà một số quyền lợi chưa được áp dụng.",
            "Phí bảo hiểm mỗi năm của gói này là {tien}, có thể đóng theo quý.",
            "Tuổi càng cao, phí bảo hiểm sức khỏe thường càng tăng.",
            "Khách hàng phải kê khai trung thực tình trạng sức khỏe khi yêu cầu bảo hiểm.",
            "{xung} {ten} mua gói bảo hiểm sức khỏe cho cả nhà bốn người tại {baohiem}.",
            "Một số gói bảo hiểm có dịch vụ bảo lãnh viện phí tại bệnh viện liên kết.",
            "Với bảo lãnh viện phí, người bệnh không phải ứng trước toàn bộ tiền khi nhập viện.",
            "Đại lý bảo hiểm có trách nhiệm giải thích rõ ràng, không được hứa hẹn vượt quá quyền lợi thực tế.",
            "Nhiều hợp đồng có thời gian cân nhắc, trong đó khách hàng có thể hủy hợp đồng và nhận lại phí đã đóng.",
            "So sánh nhiều gói khác nhau giúp gia đình chọn được sản phẩm phù hợp với ngân sách.",
            "Hợp đồng nên được cất giữ cẩn thận cùng với các biên lai đóng phí.",
            "Năm ngoái, con gái {xung} {ten} được bảo hiểm chi trả {tien} tiền điều trị viêm phổi.",
            "Khách hàng nên lưu số tổng đài {hotline} để được hỗ trợ khi cần.",
            "Mua bảo hiểm là mua sự an tâm, không phải một khoản đầu tư sinh lời nhanh.",
            "Chuyên viên tư vấn lập bảng so sánh ba gói bảo hiểm để {xung} {ten} dễ lựa chọn.",
            "Những bệnh có sẵn trước khi tham gia có thể bị loại trừ hoặc chỉ được chi trả sau một thời gian nhất định.",
        ]},
        "boi_thuong": {"tt": ["làm hồ sơ yêu cầu bồi thường bảo hiểm", "yêu cầu bồi thường sau khi nằm viện"], "sents": [
            "Khi xảy ra sự kiện bảo hiểm, khách hàng cần thông báo cho công ty bảo hiểm càng sớm càng tốt.",
            "Hồ sơ bồi thường thường gồm giấy yêu cầu, hóa đơn, đơn thuốc và giấy ra viện.",
            "Các chứng từ phải là bản gốc hoặc bản sao hợp lệ theo yêu cầu của công ty bảo hiểm.",
            "Hiện nay, nhiều công ty cho phép gửi hồ sơ bồi thường qua ứng dụng bằng ảnh chụp.",
            "Hồ sơ bồi thường của {xung} {ten} có mã số {ma}, được tiếp nhận vào ngày {date}.",
            "Nhân viên giám định có thể liên hệ để hỏi thêm thông tin về quá trình điều trị.",
            "Khi hồ sơ đã đầy đủ và hợp lệ, công ty bảo hiểm phải giải quyết bồi thường trong thời hạn luật định.",
            "Số tiền {tien} đã được chuyển vào tài khoản của {xung} {ten} vào ngày {date2}.",
            "Nếu hồ sơ bị từ chối, khách hàng có quyền yêu cầu giải thích bằng văn bản.",
            "Với tai nạn giao thông, biên bản của cơ quan chức năng là giấy tờ quan trọng trong hồ sơ.",
            "Bảo hiểm bắt buộc của xe máy chi trả thiệt hại cho người khác, không chi trả cho chính chiếc xe của bạn.",
            "Khách hàng nên chụp ảnh hiện trường và giữ lại mọi chứng từ liên quan.",
            "Hóa đơn phải ghi rõ tên người bệnh, ngày điều trị và chi tiết chi phí.",
            "Tổng đài viên hướng dẫn {xung} {ten} bổ sung bảng kê chi phí có đóng dấu của bệnh viện.",
            "Không nên tự ý sửa chữa xe trước khi giám định viên đến kiểm tra.",
            "Quy trình bồi thường minh bạch là thước đo uy tín của một công ty bảo hiểm.",
            "Năm qua, {baohiem} đã giải quyết hơn {so_lon} hồ sơ bồi thường.",
            "Thời hạn yêu cầu bồi thường được ghi trong hợp đồng, khách hàng cần lưu ý để không bị quá hạn.",
        ]},
        "bh_tai_san": {"tt": ["mua bảo hiểm cho xe và nhà ở", "bảo vệ tài sản gia đình bằng bảo hiểm"], "sents": [
            "Chủ xe máy phải có giấy chứng nhận bảo hiểm trách nhiệm dân sự khi tham gia giao thông.",
            "Giấy chứng nhận bảo hiểm điện tử có giá trị như bản giấy.",
            "Bảo hiểm vật chất xe ô tô là loại tự nguyện, giúp chi trả chi phí sửa chữa khi xe bị hư hỏng.",
            "Mùa mưa bão, nhiều gia đình quan tâm đến bảo hiểm cháy nổ và thiên tai cho nhà ở.",
            "{xung} {ten} mua bảo hiểm vật chất cho chiếc ô tô mới với mức phí {tien}.",
            "Khi mua bảo hiểm, hãy kiểm tra xem giá trị tài sản được khai có đúng với thực tế không.",
            "Nếu khai giá trị thấp hơn thực tế, số tiền bồi thường có thể bị giảm theo tỷ lệ.",
            "Rủi ro xe bị ngập nước thường cần mua thêm điều khoản bổ sung mới được bảo vệ.",
            "Chiếc xe của {xung} {ten} bị va quệt nhẹ ở ngã tư, may không ai bị thương.",
            "Bảo hiểm nhà tư nhân có phí khá thấp so với giá trị bảo vệ mang lại.",
            "Các cửa hàng kinh doanh nên mua bảo hiểm cháy nổ để giảm thiểu rủi ro.",
            "Sau trận lũ năm ngoái, nhiều hộ ở {city} mới thấy rõ giá trị của bảo hiểm tài sản.",
            "Khách hàng nên chụp ảnh tài sản trước khi mua bảo hiểm để làm căn cứ khi cần.",
            "Nhân viên {baohiem} đến tận nơi khảo sát trước khi cấp hợp đồng bảo hiểm nhà xưởng.",
            "Mua bảo hiểm qua kênh chính thức giúp tránh rủi ro mua phải giấy chứng nhận giả.",
            "Bảo hiểm du lịch cũng ngày càng được nhiều gia đình lựa chọn trước những chuyến đi xa.",
            "Gia hạn đúng hạn giúp tài sản luôn được bảo vệ liên tục.",
        ]},
    },
    "general": [
        "Bảo hiểm là cách nhiều người cùng chia sẻ rủi ro với nhau.",
        "Người tham gia nên đọc kỹ hợp đồng và hỏi lại những điều chưa rõ trước khi ký.",
        "Tổng đài chăm sóc khách hàng của {baohiem} hoạt động từ {gio} đến {gio2} hằng ngày.",
        "Khách hàng không nên đưa tiền mặt cho người không có giấy tờ đại lý hợp lệ.",
        "Nhiều người trẻ bắt đầu quan tâm đến bảo hiểm ngay từ khi mới đi làm.",
        "Tư vấn trung thực là nền tảng để giữ niềm tin của khách hàng.",
        "Mỗi gia đình nên lập danh sách các hợp đồng bảo hiểm đang có và ngày đến hạn đóng phí.",
        "Quyền lợi bảo hiểm chỉ phát huy khi người tham gia hiểu và sử dụng đúng.",
        "Chuyên viên {name2} có hơn {nam_so} năm kinh nghiệm tư vấn bảo hiểm.",
        "Thông tin cá nhân của khách hàng được bảo mật theo quy định.",
        "Ứng dụng di động giúp khách hàng theo dõi hợp đồng và đóng phí thuận tiện.",
        "Một khoản phí nhỏ hôm nay có thể giúp gia đình vượt qua khó khăn lớn ngày mai.",
        "Nếu có tranh chấp, khách hàng có thể khiếu nại đến công ty hoặc cơ quan quản lý.",
        "Buổi tư vấn miễn phí về bảo hiểm được tổ chức tại nhà văn hóa {phuong}.",
        "Hợp đồng bảo hiểm là văn bản pháp lý ràng buộc quyền và nghĩa vụ của hai bên.",
        "Nhân viên tư vấn {name2} kiên nhẫn giải thích từng điều khoản cho {xung} {ten}.",
        "Khách hàng có thể đóng phí bảo hiểm qua ngân hàng, ví điện tử hoặc tại quầy giao dịch.",
        "Thư nhắc đóng phí thường được gửi trước ngày đến hạn khoảng hai tuần.",
        "Nếu thay đổi số điện thoại hay địa chỉ, khách hàng nên cập nhật ngay với công ty bảo hiểm.",
        "Mỗi năm, {baohiem} tổ chức hội nghị khách hàng để giới thiệu sản phẩm mới.",
        "Quyền lợi của người được bảo hiểm được ghi rõ trong bảng tóm tắt hợp đồng.",
        "Người mua bảo hiểm nên chỉ định người thụ hưởng rõ ràng để tránh tranh chấp về sau.",
        "Văn phòng của {baohiem} tại {city} mở cửa từ thứ Hai đến sáng thứ Bảy.",
        "Nhiều doanh nghiệp mua bảo hiểm sức khỏe cho nhân viên như một phúc lợi.",
        "Tranh chấp bảo hiểm thường bắt nguồn từ việc không đọc kỹ điều khoản loại trừ.",
        "Đại lý {nu} đã gắn bó với nghề tư vấn bảo hiểm hơn {nam_so} năm.",
        "Khi hợp đồng sắp hết hạn, khách hàng nên xem lại nhu cầu bảo vệ trước khi gia hạn.",
        "Ứng dụng của cơ quan bảo hiểm xã hội cho phép tra cứu quá trình đóng chỉ trong vài phút.",
        "Năm nay, số hồ sơ bồi thường được giải quyết trực tuyến tăng khoảng {pct}.",
        "Một cuốn sổ ghi chép các hợp đồng bảo hiểm giúp cả nhà không bỏ sót quyền lợi.",
        "Người cao tuổi nên nhờ con cháu đọc giúp các điều khoản in chữ nhỏ.",
    ],
    "narr": [
        ("Tấm thẻ bảo hiểm y tế",
         "Năm ngoái, {cu} phải nhập viện vì viêm phổi, nằm điều trị gần hai tuần. Lúc ra viện, con cháu lo lắng vì nghĩ chi phí sẽ rất lớn. Nhưng khi nhân viên bệnh viện đưa bảng kê, phần lớn số tiền đã được quỹ bảo hiểm y tế chi trả. Gia đình chỉ phải thanh toán phần cùng chi trả và một vài khoản ngoài danh mục. Từ đó, năm nào {xung} {ten} cũng nhắc cả nhà gia hạn thẻ bảo hiểm y tế trước hạn ít nhất một tháng. Tấm thẻ nhỏ trong ví bỗng trở thành thứ mà cả nhà không bao giờ quên."),
        ("Lần đầu yêu cầu bồi thường",
         "Sau ca phẫu thuật nhỏ, {xung} {ten} mở ứng dụng của {baohiem} để gửi hồ sơ bồi thường. Ban đầu {xung} {ten} khá lúng túng vì không biết cần chụp những giấy tờ nào. Tổng đài viên kiên nhẫn hướng dẫn từng bước, từ giấy ra viện đến hóa đơn và bảng kê chi phí. Ba ngày sau, nhân viên giám định gọi điện hỏi thêm về quá trình điều trị. Chưa đầy hai tuần, thông báo chấp thuận bồi thường đã được gửi về kèm số tiền cụ thể. {xung} {ten} rút ra kinh nghiệm: giữ đầy đủ chứng từ ngay từ ngày đầu nhập viện."),
        ("Quyết định không rút bảo hiểm xã hội",
         "Nghỉ việc ở công ty cũ, {xung} {ten} từng định rút bảo hiểm xã hội một lần để có khoản tiền trang trải. Trước khi làm hồ sơ, {xung} {ten} đến cơ quan bảo hiểm xã hội hỏi cho rõ. Cán bộ giải thích rằng nếu rút, thời gian đóng trước đó sẽ không còn được tính để hưởng lương hưu. Ngoài ra, {xung} {ten} còn có thể hưởng trợ cấp thất nghiệp trong thời gian tìm việc mới. Nghe xong, {xung} {ten} quyết định giữ lại sổ và nộp hồ sơ trợ cấp thất nghiệp. Ba tháng sau, {xung} {ten} tìm được công việc mới và tiếp tục đóng nối tiếp."),
        ("Va quệt ở ngã tư",
         "Một chiều mưa, xe của {xung} {ten} bị một xe máy va quệt ở ngã tư gần nhà. Hai bên bình tĩnh dừng xe vào lề, kiểm tra thấy không ai bị thương. {xung} {ten} chụp ảnh hiện trường, vết trầy trên xe và biển số của cả hai xe. Sau đó, {xung} {ten} gọi tổng đài bảo hiểm để thông báo sự việc. Nhân viên hướng dẫn đưa xe đến xưởng sửa chữa liên kết để giám định. Một tuần sau, chiếc xe đã được sơn lại như mới, phần lớn chi phí do bảo hiểm vật chất chi trả."),
        ("Buổi tư vấn ở nhà văn hóa",
         "Tối {thu}, nhà văn hóa {phuong} kín chỗ vì buổi tư vấn về bảo hiểm xã hội tự nguyện. Chuyên viên {name2} giải thích bằng những ví dụ gần gũi, như chuyện một bác bán hàng rong vẫn có thể tích lũy lương hưu. Nhiều người lần đầu biết rằng Nhà nước có hỗ trợ một phần tiền đóng. Câu hỏi được đặt ra liên tục, từ mức đóng thấp nhất đến cách đóng theo tháng hay theo năm. Cuối buổi, hơn chục người để lại thông tin để được hướng dẫn đăng ký. {cu} bảo giá như biết sớm hơn thì đã tham gia từ lâu."),
        ("Chọn gói bảo hiểm sức khỏe",
         "Vợ chồng {xung} {ten} ngồi bàn với nhau suốt buổi tối về việc mua bảo hiểm sức khỏe cho hai con. Hai người lập bảng so sánh ba gói: phí mỗi năm, quyền lợi nội trú, ngoại trú và danh sách bệnh viện liên kết. Gói rẻ nhất không có quyền lợi ngoại trú, trong khi gói đắt nhất lại vượt quá ngân sách. Cuối cùng, hai vợ chồng chọn gói ở giữa và hỏi kỹ về thời gian chờ. Trước khi ký, {xung} {ten} còn nhờ chuyên viên ghi rõ các điều khoản loại trừ ra giấy. Cả nhà yên tâm vì đã hiểu mình mua gì, chứ không chỉ nghe lời quảng cáo."),
        ("Sau trận lũ",
         "Trận lũ cuối năm khiến nước tràn vào nhiều nhà dân ở {city}. Cửa hàng tạp hóa của {xung} {ten} bị ngập gần nửa mét, nhiều hàng hóa hư hỏng. May mắn là từ năm trước, {xung} {ten} đã mua bảo hiểm tài sản cho cửa hàng theo lời khuyên của một người bạn. Ngay khi nước rút, {xung} {ten} chụp ảnh, lập danh sách hàng hư hỏng và báo cho công ty bảo hiểm. Nhân viên giám định đến tận nơi ghi nhận thiệt hại. Khoản bồi thường tuy không bù được hết nhưng giúp cửa hàng sớm mở cửa trở lại."),
        ("Những tháng nghỉ thai sản",
         "Khi biết tin có em bé, chị {nu} bắt đầu tìm hiểu về chế độ thai sản. Cán bộ nhân sự ở công ty hướng dẫn chị các giấy tờ cần nộp sau khi sinh. Chị được nghỉ sáu tháng và nhận trợ cấp từ quỹ bảo hiểm xã hội. Trong thời gian nghỉ, chị yên tâm chăm con mà không quá lo về thu nhập. Hết thời gian thai sản, chị {ten_nu} quay lại làm việc với tinh thần thoải mái. Chị bảo, lúc đó mới thấy những tháng đóng bảo hiểm thật sự có ý nghĩa."),
    ],
    "qa": [
        ("Thẻ bảo hiểm y tế của tôi sắp hết hạn, gia hạn ở đâu?",
         "Bạn có thể gia hạn tại đại lý thu bảo hiểm y tế ở địa phương, tại bưu điện hoặc đóng trực tuyến qua cổng dịch vụ công. Nên gia hạn trước khi thẻ hết hạn để quyền lợi không bị gián đoạn."),
        ("Đi khám không đúng nơi đăng ký thì bảo hiểm có chi trả không?",
         "Tùy từng trường hợp và cơ sở điều trị, quỹ vẫn có thể chi trả một phần theo quy định. Để được hưởng đầy đủ, bạn nên khám tại nơi đăng ký ban đầu hoặc có giấy chuyển tuyến khi cần."),
        ("Tôi nghỉ việc thì có được rút bảo hiểm xã hội ngay không?",
         "Việc rút bảo hiểm xã hội một lần phải đáp ứng những điều kiện nhất định và có thể làm mất quyền lợi lương hưu sau này. Bạn nên đến cơ quan bảo hiểm xã hội để được tư vấn cụ thể trước khi quyết định."),
        ("Hồ sơ bồi thường bảo hiểm sức khỏe gồm những gì?",
         "Thông thường gồm giấy yêu cầu bồi thường, giấy ra viện hoặc sổ khám bệnh, đơn thuốc, hóa đơn và bảng kê chi phí. Mỗi công ty có thể yêu cầu thêm giấy tờ khác, bạn nên xem kỹ hướng dẫn trong hợp đồng."),
        ("Thời gian chờ trong hợp đồng bảo hiểm là gì?",
         "Đó là khoảng thời gian sau khi hợp đồng có hiệu lực mà một số quyền lợi chưa được chi trả. Ví dụ, quyền lợi điều trị bệnh thông thường có thể có thời gian chờ ba mươi ngày, còn bệnh đặc biệt thì lâu hơn."),
        ("Xe máy có cần mua bảo hiểm bắt buộc không?",
         "Đây là loại bảo hiểm mà chủ xe bắt buộc phải có. Khoản bảo hiểm trách nhiệm dân sự này chi trả thiệt hại cho người khác khi bạn gây tai nạn, không chi trả sửa chữa cho chính xe của bạn."),
        ("Bảo hiểm xã hội tự nguyện đóng bao nhiêu mỗi tháng?",
         "Mức đóng được tính theo tỷ lệ phần trăm trên mức thu nhập mà bạn tự chọn, trong khung quy định. Nhà nước hỗ trợ một phần tiền đóng, mức hỗ trợ cao hơn với hộ nghèo và hộ cận nghèo."),
        ("Công ty bảo hiểm từ chối bồi thường thì tôi làm gì?",
         "Bạn có quyền yêu cầu công ty giải thích lý do bằng văn bản. Nếu vẫn không đồng ý, bạn có thể khiếu nại lên cơ quan quản lý hoặc nhờ tư vấn pháp lý để bảo vệ quyền lợi."),
        ("Mua bảo hiểm qua điện thoại có an toàn không?",
         "Bạn chỉ nên mua qua kênh chính thức của công ty bảo hiểm hoặc đại lý có giấy tờ rõ ràng. Hãy yêu cầu gửi hợp đồng, điều khoản bằng văn bản và không chuyển tiền vào tài khoản cá nhân lạ."),
        ("Trẻ em có cần mua bảo hiểm y tế không?",
         "Trẻ dưới sáu tuổi được Nhà nước cấp thẻ bảo hiểm y tế miễn phí. Từ khi đi học, các em thường tham gia bảo hiểm y tế học sinh qua nhà trường."),
    ],
    "steps": {
        "bhyt": [
            "Kiểm tra hạn sử dụng thẻ bảo hiểm y tế trên ứng dụng hoặc thẻ giấy.",
            "Mang theo thẻ bảo hiểm y tế hoặc thẻ căn cước khi đi khám.",
            "Xuất trình tại quầy tiếp đón để được ghi nhận khám theo bảo hiểm.",
            "Kiểm tra bảng kê chi phí trước khi ký xác nhận.",
            "Thanh toán phần cùng chi trả và giữ lại hóa đơn.",
        ],
        "boi_thuong": [
            "Thông báo cho công ty bảo hiểm ngay khi xảy ra sự kiện bảo hiểm.",
            "Thu thập đầy đủ giấy ra viện, đơn thuốc, hóa đơn và bảng kê chi phí.",
            "Điền giấy yêu cầu bồi thường và gửi kèm chứng từ qua ứng dụng hoặc bưu điện.",
            "Trả lời các câu hỏi của nhân viên giám định nếu được liên hệ.",
            "Theo dõi kết quả và kiểm tra số tiền được chuyển vào tài khoản.",
        ],
        "bh_suc_khoe": [
            "Xác định nhu cầu bảo vệ và ngân sách của gia đình.",
            "So sánh quyền lợi, phí và danh sách bệnh viện liên kết của các gói.",
            "Hỏi kỹ về thời gian chờ và các điều khoản loại trừ.",
            "Kê khai trung thực tình trạng sức khỏe trong hồ sơ yêu cầu bảo hiểm.",
            "Nhận hợp đồng, đọc lại toàn bộ và lưu trữ cẩn thận.",
        ],
        "bhxh": [
            "Kiểm tra quá trình đóng bảo hiểm xã hội trên ứng dụng.",
            "Đề nghị công ty cũ chốt sổ khi nghỉ việc.",
            "Nộp hồ sơ hưởng trợ cấp thất nghiệp trong thời hạn quy định nếu đủ điều kiện.",
            "Cung cấp mã số bảo hiểm xã hội cho công ty mới để đóng nối tiếp.",
            "Định kỳ kiểm tra lại để chắc chắn doanh nghiệp đóng đầy đủ.",
        ],
        "bh_tai_san": [
            "Liệt kê tài sản cần bảo vệ và ước tính giá trị thực tế.",
            "Chụp ảnh tài sản và lưu giữ các giấy tờ sở hữu.",
            "Chọn gói bảo hiểm có điều khoản phù hợp với rủi ro thường gặp ở địa phương.",
            "Đọc kỹ mức khấu trừ và các trường hợp bị loại trừ.",
            "Ghi lại ngày hết hạn để gia hạn đúng hạn.",
        ],
    },
})

DOMAINS.append({
    "name": "logistics",
    "dom_phrase": "kho vận, giao nhận và vận chuyển hàng hóa",
    "doi_tuong": ["khách hàng gửi hàng", "đối tác và khách hàng", "nhân viên kho và tài xế"],
    "to_chuc": ["{congty_vt}", "{congty_vt}", "Ban quản lý {kho}"],
    "vai_tro": ["trưởng {kho}", "điều phối viên vận tải", "nhân viên giao hàng lâu năm", "giám đốc vận hành"],
    "nguoi_viet": "chủ một cửa hàng nhỏ thường xuyên gửi hàng",
    "topics": {
        "kiem_kho": {"tt": ["kiểm kê hàng tồn kho", "đếm và đối chiếu hàng trong kho"], "sents": [
            "Kiểm kê định kỳ giúp doanh nghiệp biết chính xác lượng hàng thực tế trong kho.",
            "Cuối tháng, đội nhân viên của {kho} ở lại đếm hàng đến tận tối.",
            "Mỗi vị trí trên kệ đều có mã riêng để việc tìm hàng nhanh hơn.",
            "Kết quả kiểm kê cho thấy lệch {so} {hang} so với số liệu trên phần mềm.",
            "Máy quét mã vạch giúp giảm sai sót so với ghi chép bằng tay.",
            "Hàng nhập trước nên được xuất trước để tránh tồn kho quá hạn.",
            "Trưởng kho {name2} yêu cầu mỗi ca phải đối chiếu số liệu trước khi bàn giao.",
            "Khu vực hàng chờ xử lý được đánh dấu bằng vạch sơn màu vàng.",
            "Ngoài kiểm kê cuối tháng, kho còn kiểm đếm xoay vòng một số mã hàng mỗi tuần.",
            "Những mặt hàng có giá trị cao được kiểm đếm thường xuyên hơn.",
            "Sai lệch tồn kho cần được lập biên bản và tìm nguyên nhân ngay.",
            "Kho đang lưu trữ khoảng {so_lon} mã hàng khác nhau.",
            "Nhân viên kho mặc áo phản quang và đi giày bảo hộ khi làm việc.",
            "Hàng hóa phải được xếp ngay ngắn, nhãn quay ra ngoài để dễ kiểm tra.",
            "Phần mềm quản lý kho cập nhật số liệu ngay khi phiếu xuất được duyệt.",
            "{xung} {ten} phụ trách dãy kệ số {so} và chưa lần nào để thất lạc hàng.",
            "Nhiệt độ trong kho lạnh được ghi lại mỗi giờ để bảo đảm chất lượng thực phẩm.",
            "Trong đợt kiểm kê vừa rồi, độ chính xác của số liệu tồn kho đạt {pct_cao}.",
            "Hàng hư hỏng được tách riêng, dán nhãn và chờ xử lý theo quy trình.",
            "Kiểm kê kỹ lưỡng giúp phát hiện sớm hàng sắp hết để kịp thời đặt thêm.",
        ]},
        "giao_hang": {"tt": ["giao hàng chặng cuối đến tay khách", "giao hàng nhanh và đúng hẹn"], "sents": [
            "Mỗi sáng, nhân viên giao hàng nhận danh sách đơn và sắp xếp tuyến đường hợp lý.",
            "Hôm nay, {xung} {ten} phải giao {so2} đơn hàng ở khu vực {phuong}.",
            "Trước khi giao, nhân viên gọi điện xác nhận địa chỉ và thời gian với khách.",
            "Khách hàng có thể theo dõi vị trí đơn hàng trên ứng dụng theo thời gian thực.",
            "Đơn hàng thu tiền hộ cần được đối soát cẩn thận vào cuối ngày.",
            "Trời mưa, hàng hóa được bọc thêm túi ni lông để tránh bị ướt.",
            "Khi khách vắng nhà, nhân viên hẹn giao lại hoặc gửi hàng ở điểm nhận gần nhất.",
            "Chiếc xe máy chở đầy hàng của {xung} {ten} đã đi hơn {km} cây số trong ngày.",
            "Ảnh chụp lúc giao hàng là bằng chứng quan trọng khi có khiếu nại.",
            "Nhiều khách hàng để lại lời cảm ơn sau khi nhận hàng đúng hẹn.",
            "Các đơn hàng dễ vỡ được dán nhãn cảnh báo và xếp ở trên cùng.",
            "Giao hàng trong ngày đang trở thành dịch vụ phổ biến ở các thành phố lớn.",
            "Phí giao hàng nội thành cho kiện hàng dưới {kg} cân là {tien_nho}.",
            "Nhân viên giao hàng cần tuân thủ luật giao thông, không vừa chạy xe vừa nghe điện thoại.",
            "Tỷ lệ giao thành công ngay lần đầu của bưu cục đạt khoảng {pct_cao}.",
            "Cuối ngày, {xung} {ten} nộp lại tiền thu hộ và ký sổ bàn giao tại bưu cục.",
            "Địa chỉ ghi rõ số nhà, tên hẻm giúp đơn hàng đến tay người nhận nhanh hơn.",
            "Dịp cuối năm, lượng đơn hàng tăng gấp đôi nên bưu cục phải tuyển thêm người.",
            "Khách hàng được kiểm tra bên ngoài kiện hàng trước khi ký nhận.",
        ]},
        "dong_goi": {"tt": ["đóng gói và gửi hàng an toàn", "gửi hàng dễ vỡ đi tỉnh xa"], "sents": [
            "Hàng dễ vỡ nên được bọc bằng màng xốp khí và chèn kín khoảng trống trong thùng.",
            "Thùng carton cần đủ cứng, không bị móp méo hay ẩm ướt.",
            "Thông tin người gửi và người nhận phải ghi rõ ràng, kèm số điện thoại liên lạc.",
            "Cửa hàng của {xung} {ten} mỗi ngày gửi đi khoảng {so2} đơn hàng.",
            "Chất lỏng cần được đóng nắp chặt, quấn băng keo và để trong túi kín.",
            "Khối lượng tính cước có thể là khối lượng thực hoặc khối lượng quy đổi theo kích thước.",
            "Hàng có giá trị cao nên mua thêm dịch vụ bảo hiểm hàng hóa.",
            "Một số mặt hàng bị cấm gửi như chất dễ cháy nổ và hàng hóa không rõ nguồn gốc.",
            "Băng keo dán theo hình chữ H ở nắp và đáy thùng giúp thùng chắc chắn hơn.",
            "Mỗi kiện hàng được dán mã vận đơn để theo dõi suốt hành trình.",
            "{xung} {ten} tự tay gói từng món gốm sứ bằng giấy và xốp trước khi gửi đi {city2}.",
            "Đóng gói cẩn thận giúp giảm đáng kể tỷ lệ hàng bị hư hỏng khi vận chuyển.",
            "Không nên dùng thùng quá to cho món hàng nhỏ vì hàng dễ bị xô lệch bên trong.",
            "Với thực phẩm khô, nên hút chân không hoặc dùng túi có khóa kéo để giữ được lâu.",
            "Kiện hàng nặng {kg} cân được gửi từ {city} đến {city2} mất khoảng {so} ngày.",
            "Nhân viên bưu cục kiểm tra hàng hóa và cân lại trước khi nhận gửi.",
            "Nhãn “hàng dễ vỡ” và mũi tên chỉ chiều đặt thùng giúp người vận chuyển chú ý hơn.",
            "Biên nhận gửi hàng cần được giữ lại cho đến khi người nhận xác nhận đã nhận đủ.",
        ]},
        "van_tai": {"tt": ["điều phối xe tải và vận chuyển đường dài", "vận chuyển hàng hóa liên tỉnh"], "sents": [
            "Điều phối viên sắp xếp lịch chạy xe sao cho hạn chế tối đa những chuyến chạy rỗng chiều về.",
            "Chuyến xe tối nay chở hàng từ {city} đi {city2}, dự kiến đến nơi vào sáng hôm sau.",
            "Tài xế {nam} đã có {nam_so} năm lái xe đường dài.",
            "Trước mỗi chuyến đi, tài xế kiểm tra lốp, phanh, đèn và giấy tờ xe.",
            "Thiết bị định vị gắn trên xe giúp công ty theo dõi hành trình và tốc độ.",
            "Tài xế không được lái xe liên tục quá bốn giờ, cần dừng nghỉ đúng quy định.",
            "Hàng được xếp nặng dưới, nhẹ trên và chằng buộc chắc chắn trước khi xe lăn bánh.",
            "Mùa mưa bão, nhiều tuyến đường đèo phải tạm dừng vận chuyển để bảo đảm an toàn.",
            "Chi phí nhiên liệu chiếm phần lớn trong tổng chi phí vận tải đường bộ.",
            "Ghép hàng của nhiều khách trên cùng một chuyến giúp giảm chi phí cho doanh nghiệp nhỏ.",
            "Xe container vào cảng phải xếp hàng chờ đến lượt nhận hàng.",
            "Hàng lạnh cần được vận chuyển bằng xe có thùng giữ nhiệt và theo dõi nhiệt độ liên tục.",
            "Công ty vừa đầu tư thêm {so} xe tải mới phục vụ các tuyến miền Trung.",
            "Chuyến hàng bị chậm {so} tiếng vì ách tắc trên quốc lộ.",
            "Vận chuyển bằng đường sắt là lựa chọn tiết kiệm cho hàng nặng đi xa.",
            "Điều phối viên gọi điện báo cho khách về thời gian giao hàng dự kiến mới.",
            "Trạm dừng nghỉ trên đường là nơi các tài xế ăn uống, tắm rửa và chợp mắt.",
            "Biên bản giao nhận được ký bởi cả tài xế và người nhận hàng.",
            "Cước vận chuyển chuyến này là {tien}, đã bao gồm phí cầu đường.",
        ]},
        "nhap_hang": {"tt": ["nhận hàng nhập kho từ nhà cung cấp", "kiểm tra hàng khi nhập kho"], "sents": [
            "Khi xe nhà cung cấp đến, nhân viên kho đối chiếu số lượng với phiếu giao hàng.",
            "Hàng nhập kho phải được kiểm tra tình trạng bao bì, hạn sử dụng và số lô.",
            "Sáng nay, {kho} nhận {so2} pallet hàng từ {congty}.",
            "Nếu phát hiện hàng móp méo, nhân viên chụp ảnh và ghi chú ngay trên biên bản.",
            "Lịch nhận hàng được hẹn trước để xe không phải chờ lâu ở cổng kho.",
            "Xe nâng chỉ được vận hành bởi nhân viên đã qua đào tạo và có chứng chỉ.",
            "Sau khi kiểm đếm, hàng được dán nhãn vị trí và đưa lên kệ.",
            "Phiếu nhập kho được lập thành hai bản, mỗi bên giữ một bản.",
            "{xung} {ten} phát hiện thiếu {so} {hang} so với đơn đặt hàng và báo ngay cho nhà cung cấp.",
            "Hàng thiếu hoặc sai quy cách sẽ được nhà cung cấp giao bù trong lần sau.",
            "Khu vực nhận hàng luôn được giữ thông thoáng để xe nâng di chuyển an toàn.",
            "Nhân viên kho kiểm tra nhiệt độ xe lạnh trước khi mở cửa nhận hàng thực phẩm.",
            "Mỗi lô hàng có một mã số riêng giúp truy xuất nguồn gốc khi cần.",
            "Hàng nhập về phải được cập nhật vào phần mềm ngay trong ca làm việc.",
            "Vào mùa cao điểm, kho nhận hàng từ sáng sớm đến tối muộn.",
            "Việc nhận hàng nhanh và chính xác giúp cả chuỗi cung ứng vận hành trơn tru.",
            "Nhà cung cấp và kho thống nhất khung giờ nhận hàng từ {gio} đến {gio2}.",
        ]},
    },
    "general": [
        "Logistics là chuỗi hoạt động đưa hàng hóa từ nơi sản xuất đến tay người tiêu dùng.",
        "Thương mại điện tử phát triển kéo theo nhu cầu giao nhận tăng mạnh.",
        "An toàn lao động luôn được đặt lên hàng đầu trong mọi hoạt động kho vận.",
        "{congty_vt} vừa mở thêm một trung tâm phân loại hàng hóa tại {city}.",
        "Hệ thống băng chuyền tự động có thể phân loại hàng nghìn kiện mỗi giờ.",
        "Chi phí logistics hợp lý giúp hàng hóa có giá cạnh tranh hơn.",
        "Mỗi nhân viên đều được hướng dẫn quy trình xử lý khi có sự cố.",
        "Khách hàng có thể tra cứu vận đơn bằng mã số hoặc số điện thoại.",
        "Đường dây nóng hỗ trợ khách hàng của {congty_vt} là {hotline}.",
        "Sự phối hợp giữa kho, vận tải và chăm sóc khách hàng quyết định chất lượng dịch vụ.",
        "Ca làm việc ở kho bắt đầu từ {gio} và kết thúc lúc {gio2}.",
        "Nhiều doanh nghiệp nhỏ chọn thuê kho thay vì tự xây để tiết kiệm chi phí.",
        "Mỗi kiện hàng bị thất lạc đều ảnh hưởng đến niềm tin của khách hàng.",
        "Đội xe của công ty hiện có {so2} chiếc, phục vụ cả tuyến nội thành và liên tỉnh.",
        "Dữ liệu đơn hàng được phân tích để dự báo nhu cầu trong mùa cao điểm.",
        "Mỗi sáng, xe tải xếp hàng trước cổng {kho} chờ đến lượt bốc dỡ.",
        "Khách hàng có thể hẹn lấy hàng tận nơi qua ứng dụng của {congty_vt}.",
        "Nhân viên phân loại làm việc theo ca, mỗi ca tám tiếng.",
        "Kiện hàng được cân, đo và chụp ảnh tự động khi đi qua băng chuyền.",
        "Bưu cục ở {phuong} mở cửa từ {gio} đến {gio2} các ngày trong tuần.",
        "Hàng gửi đi các tỉnh miền núi thường mất thêm một đến hai ngày.",
        "Trưởng ca {name2} kiểm tra lại khu vực xếp hàng trước khi bàn giao ca.",
        "Xe nâng điện giúp việc bốc dỡ hàng nặng an toàn và nhanh hơn.",
        "Các tuyến giao hàng được tối ưu bằng phần mềm để tiết kiệm nhiên liệu.",
        "Mỗi tháng, kho tổ chức một buổi diễn tập phòng cháy chữa cháy.",
        "Thùng hàng bị ướt được tách riêng và báo ngay cho bộ phận chăm sóc khách hàng.",
        "Hàng hoàn trả được kiểm tra tình trạng trước khi nhập lại kho.",
    ],
    "narr": [
        ("Đêm kiểm kê",
         "Tối cuối tháng, đèn trong {kho} vẫn sáng trưng. Trưởng kho {name2} chia mọi người thành từng cặp, mỗi cặp phụ trách vài dãy kệ. Một người đếm, một người quét mã và ghi lại kết quả vào máy tính bảng. Đến gần chín giờ, cả đội phát hiện một mã hàng bị lệch mười hai thùng so với phần mềm. Lật lại chứng từ, hóa ra một phiếu xuất đã bị nhập trùng hai lần. Sau khi điều chỉnh, số liệu khớp hoàn toàn, cả đội mới yên tâm ra về."),
        ("Một ngày của người giao hàng",
         "Sáu giờ sáng, {xung} {ten} có mặt ở bưu cục, nhận hơn bốn mươi đơn hàng cho ngày mới. {xung} {ten} sắp xếp đơn theo từng khu phố, đơn nào hẹn giờ thì để riêng. Buổi sáng trời nắng, việc giao hàng khá suôn sẻ. Đến trưa, một cơn mưa lớn ập xuống, {xung} {ten} phải trú tạm dưới mái hiên và bọc lại những kiện hàng bằng giấy. Có khách không nghe máy, {xung} {ten} nhắn tin hẹn giao lại vào buổi chiều. Tối về, tuy mệt nhưng {xung} {ten} vui vì gần như không có đơn nào bị trả lại."),
        ("Kiện hàng gốm sứ",
         "Cửa hàng nhỏ của {xung} {ten} bán đồ gốm thủ công, khách ở khắp nơi đặt mua qua mạng. Những ngày đầu, vài chiếc bình bị vỡ trên đường đi khiến {xung} {ten} rất buồn. Sau đó, {xung} {ten} học cách đóng gói: bọc từng món bằng màng xốp khí, chèn giấy kín các khoảng trống và dùng thùng hai lớp. Trên mỗi thùng đều dán nhãn hàng dễ vỡ và mũi tên chỉ chiều đặt. Từ đó, tỷ lệ hàng vỡ giảm hẳn. Khách hàng còn khen cách đóng gói cẩn thận và đặt mua thêm cho người thân."),
        ("Chuyến xe đêm",
         "Mười giờ tối, tài xế {nam} cho chiếc xe tải rời kho ở {city}, hướng về {city2}. Trước khi đi, anh {ten_nam} kiểm tra lại lốp, đèn và dây chằng hàng một lượt. Cứ khoảng bốn tiếng, anh lại dừng ở trạm nghỉ để uống cốc trà nóng và vận động cho đỡ mỏi. Gần sáng, trời đổ mưa, anh giảm tốc độ và giữ khoảng cách xa hơn với xe phía trước. Đúng bảy giờ, xe đến nơi, người nhận hàng đã chờ sẵn ở cổng kho. Ký xong biên bản giao nhận, anh {ten_nam} gọi điện báo cho vợ rằng mình đã đến nơi an toàn."),
        ("Lô hàng thiếu",
         "Sáng thứ Hai, xe của nhà cung cấp đến {kho} với hai mươi pallet nước giải khát. {xung} {ten} cùng đồng nghiệp kiểm đếm từng pallet và đối chiếu với phiếu giao hàng. Kết quả cho thấy thiếu ba thùng, một thùng khác bị móp nặng. {xung} {ten} chụp ảnh, ghi rõ vào biên bản và mời tài xế cùng ký xác nhận. Chiều hôm đó, nhà cung cấp gọi điện xin lỗi và hẹn giao bù trong chuyến hàng tiếp theo. Nhờ làm đúng quy trình, mọi việc được giải quyết nhanh chóng, không ai phải tranh cãi."),
        ("Mùa cao điểm cuối năm",
         "Những tuần trước Tết, trung tâm phân loại của {congty_vt} hoạt động suốt ngày đêm. Hàng nghìn kiện hàng chạy trên băng chuyền, được máy quét phân về từng khu vực. Công ty tuyển thêm nhân viên thời vụ, phần lớn là sinh viên muốn kiếm thêm thu nhập dịp cuối năm. Mỗi ca, trưởng nhóm dành mười phút nhắc lại các quy tắc an toàn. Dù bận rộn, bếp ăn của công ty vẫn chuẩn bị những bữa cơm nóng cho người làm ca đêm. Nhiều người bảo, không khí tất bật ấy khiến họ cảm nhận rõ Tết đang đến gần."),
        ("Giao hàng cho bà cụ",
         "Có một đơn hàng ghi địa chỉ ở cuối con hẻm sâu, người nhận là một bà cụ sống một mình. {xung} {ten} gọi mấy lần không ai nghe máy nên quyết định đi bộ vào tận nơi. Bà cụ mở cửa, cười hiền và bảo điện thoại để trong buồng nên không nghe thấy. Đơn hàng là một bao gạo mười cân, {xung} {ten} xách giúp vào tận bếp. Bà cụ cảm ơn mãi, còn dúi cho mấy quả chuối. Chuyện nhỏ ấy khiến {xung} {ten} vui suốt cả buổi chiều."),
        ("Phần mềm quản lý kho mới",
         "Đầu năm, {kho} chuyển sang dùng phần mềm quản lý kho mới. Những ngày đầu, nhiều nhân viên lớn tuổi còn bỡ ngỡ với máy quét và màn hình cảm ứng. Trưởng kho tổ chức các buổi hướng dẫn ngắn sau giờ làm, ai chưa rõ thì hỏi lại đến khi thành thạo. Sau một tháng, thời gian soạn hàng cho mỗi đơn giảm gần một nửa. Số lần xuất nhầm hàng cũng giảm rõ rệt. Mọi người dần quen và thấy công việc nhẹ nhàng hơn trước."),
    ],
    "qa": [
        ("Tôi gửi hàng dễ vỡ thì nên đóng gói thế nào?",
         "Bạn nên bọc từng món bằng màng xốp khí, chèn kín khoảng trống trong thùng và dùng thùng carton cứng. Nhớ dán nhãn hàng dễ vỡ và mua thêm bảo hiểm nếu hàng có giá trị cao."),
        ("Vì sao cước phí của tôi tính theo kích thước chứ không theo cân nặng?",
         "Với hàng nhẹ nhưng cồng kềnh, đơn vị vận chuyển tính theo khối lượng quy đổi từ kích thước thùng. Bạn có thể giảm cước bằng cách chọn thùng vừa với món hàng."),
        ("Đơn hàng của tôi bị giao trễ thì liên hệ ở đâu?",
         "Bạn hãy tra cứu vận đơn để xem trạng thái mới nhất, sau đó gọi tổng đài hoặc nhắn tin cho bộ phận chăm sóc khách hàng kèm mã vận đơn. Nhân viên sẽ kiểm tra và báo lại thời gian giao dự kiến."),
        ("Kiểm kê kho bao lâu một lần là hợp lý?",
         "Nhiều doanh nghiệp kiểm kê toàn bộ vào cuối tháng hoặc cuối quý, kết hợp kiểm đếm xoay vòng hằng tuần cho một số mã hàng. Hàng giá trị cao hoặc bán chạy nên được kiểm thường xuyên hơn."),
        ("Nhận hàng bị móp méo thì nên làm gì?",
         "Bạn nên chụp ảnh kiện hàng trước khi mở, ghi chú tình trạng khi ký nhận và báo ngay cho bên bán hoặc đơn vị vận chuyển. Giữ lại bao bì để phục vụ việc kiểm tra và bồi thường."),
        ("Hàng nào không được gửi qua đường bưu chính?",
         "Các chất dễ cháy nổ, hóa chất độc hại, vũ khí và hàng không rõ nguồn gốc đều bị cấm gửi. Một số mặt hàng như pin, chất lỏng có thể gửi nhưng phải đóng gói theo hướng dẫn riêng."),
        ("Tài xế đường dài cần nghỉ ngơi thế nào cho an toàn?",
         "Tài xế không nên lái xe liên tục quá bốn giờ, cần dừng nghỉ, vận động và ngủ đủ giấc trước chuyến đi. Tuyệt đối không sử dụng rượu bia hay chất kích thích khi lái xe."),
        ("Thế nào là nhập trước xuất trước?",
         "Đó là nguyên tắc hàng nhập vào kho trước sẽ được xuất ra trước. Cách làm này giúp hạn chế hàng tồn quá lâu, nhất là với thực phẩm và hàng có hạn sử dụng."),
        ("Có thể đổi địa chỉ nhận hàng khi đơn đang trên đường giao không?",
         "Nhiều đơn vị vận chuyển cho phép đổi địa chỉ trước khi hàng được giao cho nhân viên phát. Bạn nên liên hệ sớm qua tổng đài hoặc ứng dụng, có thể phát sinh thêm phí nếu địa chỉ mới ở xa."),
        ("Doanh nghiệp nhỏ có nên thuê kho bên ngoài không?",
         "Thuê kho giúp tiết kiệm chi phí đầu tư ban đầu và linh hoạt khi lượng hàng thay đổi theo mùa. Tuy vậy, bạn cần tìm hiểu kỹ quy trình, phí dịch vụ và trách nhiệm bồi thường khi hàng hư hỏng."),
    ],
    "steps": {
        "kiem_kho": [
            "Chốt thời điểm kiểm kê và tạm dừng các giao dịch xuất nhập.",
            "Chia đội theo từng khu vực kệ, mỗi đội gồm người đếm và người ghi.",
            "Quét mã vạch và đếm số lượng thực tế tại từng vị trí.",
            "So sánh kết quả với số liệu trên phần mềm, đánh dấu các mã bị lệch.",
            "Kiểm tra lại chứng từ, lập biên bản và điều chỉnh số liệu.",
        ],
        "dong_goi": [
            "Chọn thùng carton cứng, kích thước vừa với món hàng.",
            "Bọc hàng bằng màng xốp khí và chèn kín các khoảng trống.",
            "Dán băng keo chắc chắn theo hình chữ H ở nắp và đáy thùng.",
            "Ghi rõ thông tin người gửi, người nhận và số điện thoại.",
            "Dán nhãn cảnh báo nếu là hàng dễ vỡ và giữ lại biên nhận gửi hàng.",
        ],
        "giao_hang": [
            "Nhận danh sách đơn và kiểm tra hàng trước khi rời bưu cục.",
            "Sắp xếp tuyến đường theo khu vực và giờ hẹn của khách.",
            "Gọi điện xác nhận với khách trước khi đến.",
            "Giao hàng, chụp ảnh xác nhận và thu tiền hộ nếu có.",
            "Đối soát tiền và bàn giao đơn chưa giao được vào cuối ngày.",
        ],
        "nhap_hang": [
            "Xác nhận lịch hẹn và chuẩn bị khu vực nhận hàng.",
            "Đối chiếu số lượng và quy cách với phiếu giao hàng.",
            "Kiểm tra bao bì, hạn sử dụng và số lô.",
            "Lập biên bản nếu có hàng thiếu hoặc hư hỏng.",
            "Dán nhãn vị trí, đưa hàng lên kệ và cập nhật phần mềm.",
        ],
        "van_tai": [
            "Kiểm tra tình trạng xe, giấy tờ và thiết bị định vị.",
            "Xếp hàng nặng dưới, nhẹ trên và chằng buộc cẩn thận.",
            "Báo lịch trình dự kiến cho điều phối viên và người nhận.",
            "Dừng nghỉ đúng quy định trên đường đi.",
            "Bàn giao hàng, ký biên bản và báo hoàn thành chuyến.",
        ],
    },
})

DOMAINS.append({
    "name": "chăm sóc khách hàng",
    "dom_phrase": "chăm sóc khách hàng, khiếu nại và đổi trả",
    "doi_tuong": ["quý khách hàng", "khách hàng", "người tiêu dùng"],
    "to_chuc": ["{cuahang}"],
    "vai_tro": ["trưởng nhóm chăm sóc khách hàng", "nhân viên tổng đài", "quản lý cửa hàng",
                "chuyên viên hỗ trợ kỹ thuật"],
    "nguoi_viet": "một khách hàng lâu năm",
    "topics": {
        "khieu_nai": {"tt": ["viết thư khiếu nại một cách lịch sự", "phản ánh khi sản phẩm bị lỗi"], "sents": [
            "Một lá thư khiếu nại hiệu quả cần nêu rõ sự việc, thời gian và mong muốn của khách hàng.",
            "Giữ giọng văn lịch sự giúp yêu cầu của bạn được tiếp nhận thiện chí hơn.",
            "{xung} {ten} mua chiếc {sanpham} tại {cuahang} vào ngày {date} nhưng chỉ dùng được một tuần thì hỏng.",
            "Nên đính kèm hóa đơn, ảnh chụp sản phẩm và mã đơn hàng khi gửi khiếu nại.",
            "Tránh dùng lời lẽ nặng nề hay đe dọa, vì điều đó không giúp giải quyết vấn đề nhanh hơn.",
            "Hãy đề xuất cụ thể cách giải quyết mà bạn mong muốn, chẳng hạn đổi sản phẩm mới hoặc hoàn tiền.",
            "Mã đơn hàng của {xung} {ten} là {ma}, được giao vào ngày {date2}.",
            "Nếu sau vài ngày chưa có phản hồi, khách hàng có thể gọi lại tổng đài để hỏi tiến độ.",
            "Thư khiếu nại nên ngắn gọn, tập trung vào sự việc chính.",
            "Nhân viên tiếp nhận cảm ơn {xung} {ten} vì đã phản ánh chi tiết và rõ ràng.",
            "Ghi lại tên nhân viên và thời gian cuộc gọi giúp việc theo dõi khiếu nại dễ dàng hơn.",
            "Khách hàng có quyền được biết thời hạn giải quyết khiếu nại.",
            "Khi không đồng ý với cách giải quyết, khách hàng có thể gửi yêu cầu lên cấp quản lý cao hơn.",
            "Hội bảo vệ quyền lợi người tiêu dùng là nơi hỗ trợ khi tranh chấp không tự giải quyết được.",
            "Một lời xin lỗi chân thành từ cửa hàng đôi khi làm khách hàng hài lòng hơn cả khoản bồi thường.",
            "{xung} {ten} viết lại thư khiếu nại ba lần để bớt giận và giữ lời lẽ ôn hòa.",
            "Khiếu nại được giải quyết tốt có thể biến một khách hàng bực bội thành khách hàng trung thành.",
            "Cửa hàng hẹn phản hồi trong vòng {so} ngày làm việc kể từ khi nhận thư.",
        ]},
        "doi_tra": {"tt": ["đổi trả và bảo hành sản phẩm", "gửi sản phẩm đi bảo hành"], "sents": [
            "{cuahang} cho phép đổi trả trong vòng {so} ngày nếu sản phẩm còn nguyên tem và hóa đơn.",
            "Phiếu bảo hành cần được giữ cẩn thận cùng với hóa đơn mua hàng.",
            "Chiếc {sanpham} của {xung} {ten} được bảo hành {thang_so} tháng tại các trung tâm ủy quyền.",
            "Lỗi do nhà sản xuất sẽ được sửa chữa hoặc đổi mới miễn phí trong thời gian bảo hành.",
            "Sản phẩm bị rơi vỡ hoặc vào nước thường không nằm trong phạm vi bảo hành.",
            "Nhiều hãng đã chuyển sang bảo hành điện tử, chỉ cần tra cứu bằng số điện thoại.",
            "Nhân viên kỹ thuật kiểm tra và xác nhận máy bị lỗi bo mạch.",
            "Thời gian sửa chữa dự kiến là {so} ngày, cửa hàng cho khách mượn máy dùng tạm.",
            "Khi gửi bảo hành, khách hàng nên sao lưu dữ liệu và đăng xuất tài khoản cá nhân.",
            "Biên nhận bảo hành ghi rõ tình trạng máy lúc tiếp nhận để tránh tranh chấp về sau.",
            "Khách mua trực tuyến được đổi trả miễn phí nếu sản phẩm giao sai mẫu hoặc sai màu.",
            "Tiền hoàn trả được chuyển về tài khoản của khách trong vòng {so} ngày làm việc.",
            "{xung} {ten} mang chiếc {sanpham} ra cửa hàng và được đổi ngay máy mới.",
            "Một số sản phẩm như mỹ phẩm đã mở niêm phong thường không áp dụng đổi trả.",
            "Khi mua hàng, hãy hỏi rõ chính sách đổi trả trước khi thanh toán.",
            "Trung tâm bảo hành mở cửa từ {gio} đến {gio2}, kể cả thứ Bảy.",
            "Kỹ thuật viên đến tận nhà kiểm tra chiếc {sanpham} theo lịch hẹn.",
            "Gần hết hạn bảo hành, {xung} {ten} mang máy đi kiểm tra tổng thể cho yên tâm.",
        ]},
        "tong_dai": {"tt": ["làm việc với tổng đài chăm sóc khách hàng", "gọi tổng đài để được hỗ trợ"], "sents": [
            "Tổng đài viên luôn bắt đầu cuộc gọi bằng lời chào và giới thiệu tên của mình.",
            "Để được hỗ trợ nhanh, khách hàng nên chuẩn bị sẵn mã đơn hàng hoặc số hợp đồng.",
            "Cuộc gọi có thể được ghi âm nhằm nâng cao chất lượng dịch vụ.",
            "{xung} {ten} gọi tổng đài {hotline} và chờ khoảng {so} phút mới gặp được nhân viên.",
            "Nhân viên tổng đài cần lắng nghe hết ý khách hàng trước khi đưa ra giải pháp.",
            "Giọng nói nhẹ nhàng, rõ ràng giúp khách hàng cảm thấy được tôn trọng.",
            "Nếu chưa giải quyết được ngay, nhân viên sẽ hẹn gọi lại vào một thời điểm cụ thể.",
            "Tổng đài viên {name2} được khách hàng khen vì sự kiên nhẫn và tận tình.",
            "Khách hàng lớn tuổi thường cần được hướng dẫn chậm rãi, từng bước một.",
            "Tổng đài tự động cho phép khách chọn phím số tương ứng với dịch vụ cần hỗ trợ.",
            "Vào giờ cao điểm, khách hàng có thể chọn nhắn tin qua ứng dụng thay vì chờ máy.",
            "Mỗi ngày, tổng đài tiếp nhận khoảng {so_lon} cuộc gọi.",
            "Sau mỗi cuộc gọi, khách hàng nhận được tin nhắn mời đánh giá mức độ hài lòng.",
            "Nhân viên chăm sóc khách hàng không bao giờ hỏi mật khẩu hay mã OTP của khách hàng.",
            "Cuối ca, tổng đài viên ghi chú lại những trường hợp cần theo dõi tiếp.",
            "Dù khách hàng nóng giận, nhân viên vẫn giữ thái độ bình tĩnh và lịch sự.",
            "Trước khi kết thúc, nhân viên hỏi lại xem khách hàng còn cần hỗ trợ gì thêm không.",
            "Thời gian chờ trung bình của tổng đài đã giảm xuống dưới {so} phút.",
        ]},
        "internet": {"tt": ["xử lý sự cố mạng internet tại nhà", "báo hỏng dịch vụ internet"], "sents": [
            "Khi mạng chậm, khách hàng có thể thử khởi động lại bộ phát wifi trước khi gọi tổng đài.",
            "Gói cước internet của gia đình {xung} {ten} có giá {tien_nho} mỗi tháng.",
            "Kỹ thuật viên hẹn đến kiểm tra đường truyền vào {gio} sáng mai.",
            "Đèn tín hiệu trên modem chuyển màu đỏ thường báo hiệu đường truyền có vấn đề.",
            "Nhiều thiết bị kết nối cùng lúc có thể khiến tốc độ mạng giảm.",
            "Khách hàng nên đặt bộ phát wifi ở nơi thoáng, cao và gần trung tâm căn nhà.",
            "Hóa đơn cước tháng này cao bất thường nên {xung} {ten} gọi lên tổng đài hỏi cho rõ.",
            "Nhà mạng thông báo bảo trì hệ thống từ nửa đêm đến năm giờ sáng ngày {date}.",
            "Sau khi thay dây cáp mới, tốc độ mạng đã trở lại bình thường.",
            "Khách hàng có thể tự kiểm tra tốc độ mạng bằng các công cụ trực tuyến.",
            "Gia hạn gói cước theo năm thường được ưu đãi hơn so với đóng theo tháng.",
            "Khi chuyển nhà, khách hàng cần báo trước để nhà mạng chuyển đường dây.",
            "Mật khẩu wifi nên được thay đổi định kỳ để bảo đảm an toàn.",
            "Kỹ thuật viên {name2} có mặt đúng giờ hẹn và xử lý sự cố chỉ trong nửa tiếng.",
            "Khách hàng được giảm {pct} cước tháng sau như một lời xin lỗi vì sự cố kéo dài.",
            "Mất mạng đúng lúc đang họp trực tuyến khiến {xung} {ten} vô cùng sốt ruột.",
            "Tin nhắn thông báo sự cố được gửi đến khách hàng trong khu vực bị ảnh hưởng.",
        ]},
        "ban_hang": {"tt": ["tư vấn và phục vụ khách tại cửa hàng", "chọn mua đồ điện gia dụng"], "sents": [
            "Nhân viên bán hàng chào khách bằng nụ cười và hỏi khách đang cần tìm gì.",
            "Tư vấn đúng nhu cầu quan trọng hơn cố gắng bán món hàng đắt nhất.",
            "{xung} {ten} muốn mua một chiếc {sanpham} cho mẹ với ngân sách khoảng {tien}.",
            "Nhân viên so sánh giúp khách ưu nhược điểm của từng mẫu sản phẩm.",
            "Khách hàng được dùng thử sản phẩm ngay tại quầy trưng bày.",
            "Chương trình khuyến mãi giảm {pct} áp dụng đến hết ngày {date2}.",
            "Cửa hàng hỗ trợ giao hàng và lắp đặt miễn phí trong bán kính {km} cây số.",
            "Khách hàng thân thiết được tích điểm và nhận quà vào dịp sinh nhật.",
            "Nhân viên hướng dẫn khách cách sử dụng và bảo quản sản phẩm trước khi ra về.",
            "Thanh toán bằng mã QR giúp việc mua bán nhanh gọn hơn.",
            "Khi khách phàn nàn, nhân viên nên mời khách ngồi, rót nước và lắng nghe.",
            "Cửa hàng mở cửa từ {gio} đến mười giờ tối tất cả các ngày trong tuần.",
            "Một khách hàng hài lòng có thể giới thiệu thêm nhiều khách hàng mới.",
            "Quản lý cửa hàng họp nhân viên mỗi sáng để rút kinh nghiệm từ phản hồi của khách.",
            "Nhân viên nhớ tên khách quen khiến họ cảm thấy được quan tâm.",
            "Hóa đơn điện tử được gửi về địa chỉ thư điện tử của khách ngay sau khi thanh toán.",
            "Mua hàng trả góp với lãi suất 0% vẫn cần đọc kỹ các khoản phí đi kèm.",
        ]},
    },
    "general": [
        "Khách hàng là trung tâm của mọi hoạt động kinh doanh.",
        "Lắng nghe là kỹ năng quan trọng nhất của người làm chăm sóc khách hàng.",
        "Mỗi phản hồi của khách hàng đều là cơ hội để doanh nghiệp cải thiện.",
        "{cuahang} cam kết phản hồi mọi yêu cầu trong vòng {so} giờ làm việc.",
        "Giữ lời hứa với khách hàng là cách xây dựng niềm tin bền vững.",
        "Nhân viên mới được đào tạo kỹ năng giao tiếp trong tuần đầu tiên.",
        "Thông tin khách hàng được bảo mật và chỉ dùng cho mục đích hỗ trợ.",
        "Khảo sát cho thấy {pct_cao} khách hàng hài lòng với dịch vụ trong quý vừa qua.",
        "Một lời cảm ơn đúng lúc có thể khiến khách hàng nhớ đến cửa hàng rất lâu.",
        "Kênh nhắn tin trực tuyến của {cuahang} hoạt động đến mười giờ tối mỗi ngày.",
        "Doanh nghiệp nên xem khiếu nại là món quà chứ không phải là phiền phức.",
        "Trưởng nhóm {name2} thường dành thời gian nghe lại các cuộc gọi khó để hướng dẫn nhân viên.",
        "Sự nhất quán giữa các kênh bán hàng giúp khách không phải kể lại câu chuyện nhiều lần.",
        "Chương trình tri ân khách hàng được tổ chức vào tháng cuối năm.",
        "Những lời phàn nàn lặp đi lặp lại thường chỉ ra lỗi trong quy trình.",
        "Nhân viên {cuahang} luôn mặc đồng phục gọn gàng và đeo bảng tên.",
        "Khách hàng có thể gửi góp ý qua hòm thư đặt ngay cạnh quầy thu ngân.",
        "Mỗi khiếu nại được gắn một mã số để tiện theo dõi đến khi xử lý xong.",
        "Quầy chăm sóc khách hàng ở tầng trệt hỗ trợ đổi trả, bảo hành và xuất hóa đơn.",
        "Cuối tuần, lượng khách đến {cuahang} tăng gấp đôi so với ngày thường.",
        "Nhân viên được dặn không hứa những điều mà cửa hàng không thể thực hiện.",
        "Một câu xin lỗi kịp thời thường giúp xoa dịu cơn giận của khách hàng.",
        "{cuahang} vừa mở thêm đường dây hỗ trợ riêng cho khách hàng lớn tuổi.",
        "Đơn hàng có giá trị trên {tien} được miễn phí giao hàng.",
        "Mỗi tháng, cửa hàng bình chọn một nhân viên phục vụ tận tâm nhất.",
        "Lịch sử mua hàng giúp nhân viên tư vấn đúng nhu cầu của khách quen.",
        "Khi hết hàng, nhân viên ghi lại số điện thoại để báo khách ngay khi có hàng về.",
        "Những đánh giá năm sao của khách hàng được dán trên bảng tin của nhân viên.",
        "Tổng đài viên {nu} đã nhận hơn {so3} lời khen từ khách hàng trong năm qua.",
        "Chính sách bảo hành rõ ràng giúp khách hàng yên tâm khi mua sắm.",
        "Khách hàng khuyết tật được nhân viên hỗ trợ tận nơi khi đến cửa hàng.",
        "Phản hồi nhanh ngay trong giờ đầu tiên giúp giảm đáng kể số khiếu nại kéo dài.",
    ],
    "narr": [
        ("Chiếc máy giặt kêu to",
         "Mới mua chiếc máy giặt được mười ngày, {xung} {ten} thấy máy rung mạnh và kêu to mỗi lần vắt. {xung} {ten} gọi tổng đài của {cuahang}, kể lại sự việc và gửi kèm đoạn video quay lúc máy chạy. Nhân viên tổng đài xin lỗi, ghi nhận thông tin và hẹn kỹ thuật viên đến vào sáng hôm sau. Kỹ thuật viên kiểm tra và phát hiện bu lông cố định lồng giặt chưa được tháo ra khi lắp đặt. Chỉ mất mười phút, máy đã chạy êm trở lại. Trước khi về, kỹ thuật viên còn hướng dẫn cách vệ sinh lồng giặt định kỳ."),
        ("Lá thư khiếu nại",
         "Bộ chăn ga mà {xung} {ten} đặt mua được giao đến sai màu, lại thiếu một chiếc vỏ gối. Lúc đầu {xung} {ten} định gọi điện trách móc, nhưng rồi quyết định viết thư cho bình tĩnh. Trong thư, {xung} {ten} nêu rõ mã đơn hàng, ngày nhận, kèm ảnh chụp sản phẩm và mong muốn được đổi đúng màu. Chỉ một ngày sau, cửa hàng gọi lại xin lỗi và gửi ngay bộ mới, kèm một chiếc gối tặng thêm. Nhân viên còn hướng dẫn {xung} {ten} gửi trả bộ cũ miễn phí qua bưu cục gần nhà. {xung} {ten} thấy hài lòng vì được đối xử tôn trọng."),
        ("Cuộc gọi của bà cụ",
         "Một buổi chiều, tổng đài viên {name2} nhận cuộc gọi của một bà cụ không biết cách nạp tiền điện thoại. Bà nói chậm, hay hỏi lại, có lúc còn kể sang chuyện con cháu ở xa. Tổng đài viên kiên nhẫn hướng dẫn từng bước, đọc chậm từng con số. Mất gần hai mươi phút, bà cụ mới nạp xong và reo lên vui vẻ. Trước khi cúp máy, bà cảm ơn và chúc người tổng đài viên trẻ mạnh khỏe. Cuộc gọi ấy dài hơn nhiều so với quy định, nhưng trưởng nhóm đã lấy đó làm ví dụ về sự tận tâm cho cả phòng."),
        ("Mạng chập chờn mùa mưa",
         "Mùa mưa năm ấy, mạng internet ở nhà {xung} {ten} cứ chập chờn, lúc có lúc không. {xung} {ten} đã thử khởi động lại bộ phát nhiều lần nhưng không cải thiện. Gọi tổng đài, {xung} {ten} được nhân viên kiểm tra từ xa và biết tín hiệu quang yếu bất thường. Ngày hôm sau, kỹ thuật viên đến và thấy đoạn cáp ngoài cột điện bị nước mưa ngấm vào. Sau khi thay đoạn cáp mới, mạng chạy ổn định trở lại. Nhà mạng còn giảm cước tháng đó để bù cho những ngày khách hàng bị ảnh hưởng."),
        ("Người bán hàng thật thà",
         "{xung} {ten} vào cửa hàng điện máy định mua chiếc tủ lạnh loại lớn nhất vì đang có khuyến mãi. Nghe {xung} {ten} kể nhà chỉ có ba người và căn bếp khá nhỏ, nhân viên khuyên nên chọn loại vừa phải, tiết kiệm điện hơn. Nhân viên còn ước lượng giúp kích thước chỗ đặt tủ qua ảnh chụp trên điện thoại. Cuối cùng, {xung} {ten} mua chiếc tủ rẻ hơn dự tính gần ba triệu đồng. Hài lòng với sự tư vấn thật thà ấy, {xung} {ten} giới thiệu thêm hai người bạn đến mua hàng. Cửa hàng mất một chút doanh thu nhưng lại có thêm những khách hàng trung thành."),
        ("Buổi họp sáng của nhóm chăm sóc khách hàng",
         "Tám giờ sáng, trước khi vào ca, cả nhóm chăm sóc khách hàng tập trung nghe trưởng nhóm {name2} điểm lại các phản hồi của ngày hôm trước. Có một khách phàn nàn vì phải kể lại vấn đề đến ba lần với ba nhân viên khác nhau. Trưởng nhóm đề nghị mọi người ghi chú đầy đủ sau mỗi cuộc gọi để người sau nắm được thông tin. Một nhân viên mới chia sẻ cách mình xử lý khi gặp khách hàng đang rất nóng giận. Cả nhóm cùng thống nhất một vài câu nói mẫu giúp xoa dịu không khí. Buổi họp chỉ kéo dài mười lăm phút nhưng ai cũng thấy hữu ích."),
        ("Đổi trả đôi giày",
         "{xung} {ten} đặt mua một đôi giày chạy bộ trên mạng, nhưng khi nhận thì giày hơi chật. Đọc lại chính sách, {xung} {ten} thấy cửa hàng cho đổi cỡ trong vòng bảy ngày nếu giày chưa qua sử dụng. {xung} {ten} giữ nguyên hộp, đóng gói cẩn thận và gửi lại qua bưu cục. Ba ngày sau, đôi giày mới đúng cỡ đã được giao đến. Cửa hàng còn nhắn tin hỏi thăm xem giày có vừa không. {xung} {ten} để lại đánh giá năm sao và lời cảm ơn."),
        ("Vị khách nóng tính",
         "Gần trưa, một khách hàng bước vào {cuahang}, giọng bực bội vì chiếc {sanpham} mang đi bảo hành đã quá hẹn hai ngày. Quản lý cửa hàng mời khách ngồi, rót cốc nước và xin lỗi trước khi hỏi chuyện. Kiểm tra hệ thống, chị phát hiện linh kiện thay thế bị giao chậm từ kho tổng. Chị gọi ngay cho trung tâm bảo hành, xin ưu tiên xử lý và cho khách mượn một máy khác dùng tạm. Thấy được quan tâm thật lòng, khách hàng dịu lại và cảm ơn. Hai ngày sau, khách quay lại nhận máy và còn mua thêm một món đồ cho gia đình."),
    ],
    "qa": [
        ("Làm sao để viết thư khiếu nại mà không bị xem là gây gổ?",
         "Bạn nên mở đầu bằng lời chào, trình bày sự việc theo thứ tự thời gian, kèm bằng chứng như hóa đơn, ảnh chụp. Kết thư bằng đề xuất cụ thể và lời cảm ơn. Tránh dùng từ ngữ xúc phạm hay viết hoa toàn bộ câu."),
        ("Sản phẩm mua trực tuyến bị lỗi thì tôi có được đổi không?",
         "Nếu lỗi do nhà sản xuất hoặc giao sai hàng, bạn thường được đổi hoặc trả lại theo chính sách của người bán. Hãy quay video lúc mở hàng và liên hệ sớm trong thời hạn đổi trả."),
        ("Có người xưng là tổng đài yêu cầu tôi đọc mã OTP, có nên làm không?",
         "Tuyệt đối không đọc mã cho bất kỳ ai. Nhân viên chăm sóc khách hàng chính thức không bao giờ hỏi mã OTP hay mật khẩu. Nếu có ai yêu cầu, hãy tắt máy và báo ngay cho doanh nghiệp qua số tổng đài chính thức."),
        ("Hết hạn bảo hành mà máy hỏng thì có được hỗ trợ không?",
         "Cửa hàng vẫn có thể sửa chữa nhưng bạn sẽ phải trả chi phí linh kiện và công thợ. Nên hỏi báo giá trước khi đồng ý sửa và yêu cầu bảo hành cho phần đã thay thế."),
        ("Gọi tổng đài nhiều lần mà không ai nghe thì làm sao?",
         "Bạn có thể thử gọi vào khung giờ ít cao điểm như sáng sớm hoặc đầu giờ chiều, hoặc chuyển sang nhắn tin qua ứng dụng, thư điện tử. Hãy ghi lại thời gian các lần gọi để tiện phản ánh nếu cần."),
        ("Tôi nên chuẩn bị gì trước khi gọi tổng đài?",
         "Hãy chuẩn bị mã đơn hàng hoặc số hợp đồng, mô tả ngắn gọn vấn đề và những gì bạn đã thử làm. Nếu có thể, chụp ảnh màn hình lỗi để gửi kèm khi được yêu cầu."),
        ("Nhân viên hứa gọi lại nhưng không gọi thì tôi phải làm gì?",
         "Bạn có thể gọi lại và đọc mã phiếu yêu cầu để nhân viên khác tra cứu nhanh. Nếu tình trạng lặp lại, hãy đề nghị gặp cấp quản lý hoặc gửi phản ánh bằng văn bản."),
        ("Mạng internet chậm vào buổi tối có phải lỗi của nhà mạng không?",
         "Chưa chắc đó là lỗi của nhà mạng. Buổi tối nhiều người dùng cùng lúc nên tốc độ có thể giảm, ngoài ra vị trí đặt bộ phát và số thiết bị kết nối cũng ảnh hưởng. Nếu đã thử các cách cơ bản mà vẫn chậm, bạn nên gọi tổng đài để kiểm tra đường truyền."),
        ("Cửa hàng từ chối bảo hành vì cho rằng máy bị vào nước, tôi có quyền gì?",
         "Bạn có quyền yêu cầu cửa hàng giải thích và cho xem kết quả kiểm tra. Nếu không đồng ý, bạn có thể đề nghị kiểm tra lại tại trung tâm bảo hành chính hãng hoặc nhờ hội bảo vệ người tiêu dùng hỗ trợ."),
        ("Làm sao biết một chương trình khuyến mãi có đáng tin không?",
         "Hãy kiểm tra thông tin trên trang chính thức của cửa hàng, đọc kỹ điều kiện áp dụng và so sánh giá trước khi giảm. Cẩn thận với những lời mời chuyển khoản trước để giữ suất ưu đãi."),
    ],
    "steps": {
        "khieu_nai": [
            "Ghi lại thời gian, địa điểm và diễn biến sự việc.",
            "Chuẩn bị hóa đơn, mã đơn hàng và ảnh chụp sản phẩm.",
            "Viết thư với lời chào lịch sự, nêu sự việc ngắn gọn và rõ ràng.",
            "Đề xuất cách giải quyết mong muốn và thời hạn phản hồi hợp lý.",
            "Lưu lại bản sao thư và theo dõi phản hồi của cửa hàng.",
        ],
        "doi_tra": [
            "Đọc kỹ chính sách đổi trả và thời hạn áp dụng.",
            "Giữ nguyên tem, hộp và phụ kiện đi kèm sản phẩm.",
            "Liên hệ cửa hàng để được cấp mã yêu cầu đổi trả.",
            "Đóng gói sản phẩm cẩn thận và gửi lại theo hướng dẫn.",
            "Kiểm tra sản phẩm mới hoặc khoản tiền hoàn trả khi nhận được.",
        ],
        "tong_dai": [
            "Chuẩn bị mã đơn hàng, số hợp đồng hoặc số điện thoại đăng ký.",
            "Gọi đúng số tổng đài chính thức in trên hóa đơn hoặc trang web.",
            "Trình bày vấn đề ngắn gọn và trả lời câu hỏi xác minh.",
            "Ghi lại tên nhân viên và mã phiếu yêu cầu.",
            "Hỏi rõ thời hạn xử lý và cách theo dõi tiến độ.",
        ],
        "internet": [
            "Kiểm tra đèn tín hiệu trên bộ phát wifi.",
            "Tắt bộ phát, chờ khoảng một phút rồi bật lại.",
            "Thử kết nối bằng dây mạng để xác định lỗi do wifi hay do đường truyền.",
            "Gọi tổng đài và cung cấp mã khách hàng nếu vẫn chưa có mạng.",
            "Hẹn lịch kỹ thuật viên đến kiểm tra tại nhà khi cần.",
        ],
        "ban_hang": [
            "Chào hỏi và hỏi rõ nhu cầu, ngân sách của khách.",
            "Giới thiệu hai đến ba lựa chọn phù hợp nhất.",
            "So sánh ưu nhược điểm một cách trung thực.",
            "Hướng dẫn cách sử dụng, chính sách bảo hành và đổi trả.",
            "Cảm ơn khách và hỏi thăm lại sau khi khách dùng sản phẩm.",
        ],
    },
})

DOMAINS.append({
    "name": "nhân sự",
    "dom_phrase": "việc làm, hợp đồng lao động và chế độ của người lao động",
    "doi_tuong": ["người lao động", "toàn thể nhân viên", "các ứng viên"],
    "to_chuc": ["{congty}", "Phòng Hành chính - Nhân sự {congty}"],
    "vai_tro": ["trưởng phòng nhân sự", "chuyên viên tuyển dụng", "giám đốc chi nhánh", "chủ tịch công đoàn công ty"],
    "nguoi_viet": "một người lao động",
    "topics": {
        "nghi_phep": {"tt": ["tính và sử dụng ngày nghỉ phép năm", "xin nghỉ phép năm"], "sents": [
            "Người lao động làm việc đủ mười hai tháng trong điều kiện bình thường được nghỉ hằng năm mười hai ngày làm việc.",
            "Cứ đủ năm năm làm việc cho một người sử dụng lao động, số ngày nghỉ hằng năm được tăng thêm một ngày.",
            "Người làm việc chưa đủ mười hai tháng thì số ngày phép được tính theo tỷ lệ số tháng làm việc.",
            "{xung} {ten} vào làm tại {congty} đã {nam_so} năm nên rất rành cách tính phép.",
            "Trước khi nghỉ phép, nhân viên cần gửi đơn và được quản lý trực tiếp phê duyệt.",
            "Phòng nhân sự gửi bảng tổng hợp ngày phép còn lại cho từng nhân viên vào đầu quý.",
            "Ngày phép chưa nghỉ hết khi nghỉ việc sẽ được thanh toán bằng tiền.",
            "Nhiều người để dành ngày phép để về quê dịp Tết.",
            "{xung} {ten} xin nghỉ phép {so} ngày để đưa gia đình đi du lịch ở {city2}.",
            "Công ty khuyến khích nhân viên nghỉ phép đầy đủ để tái tạo sức lao động.",
            "Ngày nghỉ lễ, Tết không bị trừ vào số ngày phép năm.",
            "Khi có việc gấp, nhân viên có thể xin nghỉ đột xuất và bổ sung đơn sau.",
            "Lịch nghỉ phép của cả phòng được sắp xếp để công việc không bị gián đoạn.",
            "Người lao động kết hôn được nghỉ ba ngày và vẫn hưởng nguyên lương.",
            "Khi con kết hôn, người lao động được nghỉ một ngày hưởng nguyên lương.",
            "Quản lý duyệt đơn nghỉ phép của {xung} {ten} chỉ trong buổi sáng.",
            "Phần mềm chấm công tự động trừ ngày phép khi đơn được duyệt.",
            "Số ngày phép còn lại của {xung} {ten} năm nay là {so} ngày.",
        ]},
        "tuyen_dung": {"tt": ["ứng tuyển và phỏng vấn xin việc", "chuẩn bị hồ sơ xin việc"], "sents": [
            "{congty} đang tuyển {so} {vitri} làm việc tại {city}.",
            "Hồ sơ xin việc nên ngắn gọn, nêu rõ kinh nghiệm và kỹ năng phù hợp với vị trí ứng tuyển.",
            "Thư xin việc cần được viết riêng cho từng công ty, tránh gửi một mẫu chung cho tất cả.",
            "{xung} {ten} nhận được thư mời phỏng vấn vào lúc {gio} ngày {date}.",
            "Trước buổi phỏng vấn, ứng viên nên tìm hiểu về sản phẩm và văn hóa của công ty.",
            "Đến sớm mười lăm phút giúp ứng viên bình tĩnh và tạo ấn tượng tốt.",
            "Nhà tuyển dụng thường hỏi về điểm mạnh, điểm yếu và lý do muốn đổi việc.",
            "Ứng viên cũng nên chuẩn bị vài câu hỏi về công việc để hỏi lại nhà tuyển dụng.",
            "Mức lương cho vị trí {vitri} dao động từ {luong} đến {luong2} mỗi tháng.",
            "Sau vòng phỏng vấn đầu, {xung} {ten} được mời làm bài kiểm tra chuyên môn.",
            "Thư mời nhận việc ghi rõ mức lương, ngày bắt đầu làm việc và thời gian thử việc.",
            "Thời gian thử việc tối đa phụ thuộc vào tính chất và trình độ của công việc.",
            "Trong thời gian thử việc, tiền lương ít nhất bằng 85% mức lương chính thức.",
            "Ứng viên không trúng tuyển vẫn nên được thông báo lịch sự và rõ ràng.",
            "Nhiều công ty đã phỏng vấn qua video để tiết kiệm thời gian cho cả hai bên.",
            "Trang phục gọn gàng, lịch sự là điều cần thiết khi đi phỏng vấn.",
            "Đợt tuyển dụng này nhận được hơn {so3} hồ sơ cho {so} vị trí.",
            "Sau một tuần chờ đợi, {xung} {ten} nhận được cuộc gọi báo tin trúng tuyển.",
        ]},
        "hop_dong": {"tt": ["ký hợp đồng lao động", "đọc kỹ hợp đồng lao động trước khi ký"], "sents": [
            "Hợp đồng lao động phải được giao kết bằng văn bản, trừ một số trường hợp ngắn hạn theo luật định.",
            "Hiện nay có hai loại hợp đồng chính là hợp đồng không xác định thời hạn và hợp đồng xác định thời hạn.",
            "Hợp đồng xác định thời hạn có thời hạn không quá ba mươi sáu tháng.",
            "Người lao động nên đọc kỹ các điều khoản về lương, thưởng, thời giờ làm việc trước khi ký.",
            "{xung} {ten} ký hợp đồng chính thức với {congty} vào ngày {date}.",
            "Mỗi bên giữ một bản hợp đồng có giá trị pháp lý như nhau.",
            "Người lao động có quyền đơn phương chấm dứt hợp đồng nhưng phải báo trước theo quy định.",
            "Thời gian báo trước thường là ba mươi hoặc bốn mươi lăm ngày, tùy loại hợp đồng.",
            "Công ty không được giữ bản chính giấy tờ tùy thân hay văn bằng của người lao động.",
            "Phụ lục hợp đồng được dùng khi hai bên thay đổi mức lương hoặc vị trí công việc.",
            "Mức lương ghi trong hợp đồng của {xung} {ten} là {luong} mỗi tháng.",
            "Hợp đồng cũng nêu rõ các khoản đóng bảo hiểm xã hội, bảo hiểm y tế và bảo hiểm thất nghiệp.",
            "Nếu có điều khoản chưa hiểu, người lao động nên hỏi lại phòng nhân sự trước khi ký.",
            "Thời giờ làm việc bình thường không quá tám giờ một ngày và bốn mươi tám giờ một tuần.",
            "Làm thêm giờ phải có sự đồng ý của người lao động và được trả lương cao hơn.",
            "Khi hết hạn hợp đồng, hai bên có thể thỏa thuận ký tiếp hoặc chấm dứt.",
            "Cán bộ nhân sự giải thích từng điều khoản cho {xung} {ten} trong buổi ký hợp đồng.",
        ]},
        "luong": {"tt": ["tìm hiểu bảng lương và phúc lợi", "kiểm tra phiếu lương hằng tháng"], "sents": [
            "Phiếu lương hằng tháng liệt kê lương cơ bản, phụ cấp, thưởng và các khoản khấu trừ.",
            "{congty} trả lương vào ngày {ngay_luong} hằng tháng qua tài khoản ngân hàng.",
            "Người lao động đóng 10,5% tiền lương cho các loại bảo hiểm bắt buộc.",
            "Thu nhập tính thuế được xác định sau khi trừ các khoản giảm trừ gia cảnh.",
            "Phụ cấp ăn trưa ở công ty là {tien_an} mỗi ngày làm việc.",
            "Thưởng tháng mười ba thường được chi trước Tết Nguyên đán.",
            "Công ty tổ chức khám sức khỏe định kỳ cho toàn bộ nhân viên mỗi năm một lần.",
            "Nhân viên có con nhỏ được hỗ trợ thêm {tien_nho} mỗi tháng.",
            "Khi thấy phiếu lương có sai sót, nhân viên nên phản hồi ngay với bộ phận nhân sự.",
            "Chuyến nghỉ mát hằng năm giúp nhân viên gắn kết với nhau hơn.",
            "Làm thêm giờ vào ngày thường được trả ít nhất bằng 150% tiền lương giờ bình thường.",
            "Làm việc vào ngày lễ được trả ít nhất bằng 300% tiền lương, chưa kể tiền lương ngày lễ.",
            "Công đoàn công ty tặng quà cho nhân viên vào dịp sinh nhật và ngày lễ.",
            "Mức tăng lương năm nay của công ty trung bình khoảng {pct_nho}.",
            "Chính sách phúc lợi tốt giúp công ty giữ chân người giỏi.",
            "{xung} {ten} dùng khoản thưởng cuối năm để sửa lại căn bếp cho bố mẹ.",
            "Bảng lương được bảo mật, chỉ người lao động và bộ phận liên quan được xem.",
            "Công ty hỗ trợ {tien} cho nhân viên có hoàn cảnh khó khăn.",
        ]},
        "moi_truong": {"tt": ["xây dựng môi trường làm việc tích cực", "giúp nhân viên mới hòa nhập"], "sents": [
            "Buổi định hướng cho nhân viên mới kéo dài hai ngày, giới thiệu quy trình và văn hóa công ty.",
            "Mỗi nhân viên mới được phân công một người hướng dẫn trong tháng đầu.",
            "{xung} {ten} vừa được bổ nhiệm làm trưởng nhóm của {phongban}.",
            "Việc đánh giá hiệu quả công việc được thực hiện hai lần mỗi năm.",
            "Góp ý thẳng thắn nhưng tôn trọng giúp đồng nghiệp tiến bộ.",
            "Công ty tổ chức chương trình đào tạo kỹ năng quản lý thời gian cho nhân viên.",
            "Những cuộc họp ngắn, đúng giờ và có mục tiêu rõ ràng giúp tiết kiệm thời gian của mọi người.",
            "Phòng nhân sự tiếp nhận ý kiến ẩn danh qua hòm thư góp ý.",
            "Quấy rối nơi làm việc dưới mọi hình thức đều bị nghiêm cấm.",
            "Cả phòng tổ chức liên hoan nhỏ mừng {xung} {ten} tròn {nam_so} năm gắn bó với công ty.",
            "Làm việc từ xa một ngày mỗi tuần được nhiều nhân viên đánh giá cao.",
            "Một lời khen đúng lúc từ quản lý có thể tạo động lực rất lớn.",
            "Khi xảy ra mâu thuẫn, hai bên nên trao đổi trực tiếp và bình tĩnh trước khi nhờ đến cấp trên.",
            "Ngày hội gia đình của công ty thu hút hơn {so3} nhân viên và người thân tham dự.",
            "Kế hoạch phát triển nghề nghiệp được quản lý cùng nhân viên xây dựng mỗi năm.",
            "Nhân viên được khuyến khích đề xuất sáng kiến cải tiến quy trình.",
            "Không gian làm việc có cây xanh và góc nghỉ ngơi giúp mọi người thoải mái hơn.",
            "Trưởng phòng {name2} luôn dành thời gian trò chuyện riêng với từng thành viên mới.",
        ]},
    },
    "general": [
        "Phòng nhân sự là cầu nối giữa người lao động và ban lãnh đạo công ty.",
        "Nội quy lao động được phổ biến cho tất cả nhân viên ngay từ ngày đầu.",
        "{congty} hiện có khoảng {so3} nhân viên làm việc tại {city}.",
        "Giờ làm việc hành chính bắt đầu từ {gio} và kết thúc lúc {gio2}.",
        "Chấm công bằng vân tay giúp việc tính lương chính xác hơn.",
        "Hồ sơ nhân viên được lưu trữ cẩn thận và bảo mật.",
        "Người lao động có quyền tham gia công đoàn tại nơi làm việc.",
        "Mỗi năm, công ty tổ chức đối thoại để lắng nghe kiến nghị của người lao động.",
        "Chính sách nhân sự rõ ràng giúp mọi người yên tâm làm việc.",
        "Các thông báo nội bộ được gửi qua thư điện tử và nhóm tin nhắn của công ty.",
        "Người nghỉ việc cần bàn giao đầy đủ công việc và tài sản cho người tiếp nhận.",
        "Khi nghỉ ốm, nhân viên cần nộp giấy xác nhận của cơ sở y tế theo quy định.",
        "Trưởng phòng nhân sự {name2} có hơn {nam_so} năm kinh nghiệm quản trị nguồn nhân lực.",
        "Nhân viên được đóng đầy đủ các loại bảo hiểm theo quy định ngay từ khi ký hợp đồng.",
        "Đồng phục mới của công ty được phát cho nhân viên vào đầu năm.",
        "Bảng mô tả công việc giúp nhân viên hiểu rõ nhiệm vụ và trách nhiệm của mình.",
        "Nhân viên {nu} vừa được cử đi học lớp quản lý dự án trong {thang_so} tháng.",
        "Chế độ làm việc linh hoạt giúp nhiều phụ huynh sắp xếp việc đưa đón con.",
        "Phòng nhân sự tổ chức sinh nhật chung cho nhân viên vào cuối mỗi tháng.",
        "Mỗi phòng ban có một người phụ trách an toàn lao động.",
        "Thư mời họp được gửi trước ít nhất một ngày để mọi người chuẩn bị.",
        "Nhân viên xuất sắc của năm được thưởng một chuyến du lịch cho cả gia đình.",
        "Công ty bố trí phòng riêng cho nhân viên nữ đang nuôi con nhỏ.",
        "Bản đánh giá cuối năm gồm phần tự đánh giá của nhân viên và nhận xét của quản lý.",
        "{congty} dành {pct_nho} quỹ lương để khen thưởng các sáng kiến cải tiến.",
        "Ở một số vị trí đặc thù, người lao động được khám sức khỏe trước khi bắt đầu làm việc.",
        "Ban lãnh đạo gặp gỡ nhân viên mới vào sáng thứ Hai đầu tiên của tháng.",
        "Ngày hội việc làm của {tinh} thu hút hàng nghìn người tìm việc.",
        "Hồ sơ thôi việc được phòng nhân sự giải quyết trong thời hạn quy định.",
        "Nhân viên mới nhận được sổ tay giới thiệu nội quy, quy trình và phúc lợi.",
        "Những buổi cà phê sáng thứ Sáu giúp các phòng ban hiểu nhau hơn.",
    ],
    "narr": [
        ("Chuyện tính ngày phép",
         "Đầu năm, {xung} {ten} thắc mắc vì sao mình có mười ba ngày phép trong khi đồng nghiệp mới vào chỉ có mười hai ngày. Chị phụ trách nhân sự giải thích rằng {xung} {ten} đã làm việc cho công ty được sáu năm. Theo quy định, cứ đủ năm năm làm việc thì số ngày phép được tăng thêm một ngày. Còn bạn đồng nghiệp vào làm từ tháng Bảy năm ngoái thì năm đầu tiên chỉ được tính phép theo số tháng làm việc. Nghe xong, {xung} {ten} gật gù, lên kế hoạch dùng vài ngày phép để đưa bố mẹ đi biển. Phòng nhân sự cũng gửi cho mọi người bảng tóm tắt cách tính phép để ai cũng nắm rõ."),
        ("Buổi phỏng vấn đầu tiên",
         "Đêm trước buổi phỏng vấn, {xung} {ten} gần như không ngủ được. {xung} {ten} đọc lại thông tin về công ty, luyện trả lời những câu hỏi thường gặp trước gương. Sáng hôm sau, {xung} {ten} đến sớm hai mươi phút, ngồi hít thở sâu ở sảnh chờ. Người phỏng vấn hỏi về một dự án {xung} {ten} từng làm và cách xử lý khi gặp khó khăn. {xung} {ten} trả lời thật lòng, kể cả những lần mình mắc lỗi và đã rút kinh nghiệm ra sao. Một tuần sau, điện thoại reo, {xung} {ten} nhận tin trúng tuyển."),
        ("Ngày đầu đi làm",
         "Ngày đầu đi làm ở {congty}, {xung} {ten} được chị phụ trách nhân sự đón ở quầy lễ tân. Chị dẫn {xung} {ten} đi giới thiệu với từng phòng ban, chỉ chỗ để xe, phòng ăn và phòng họp. Buổi sáng, {xung} {ten} hoàn thiện hồ sơ, ký hợp đồng thử việc và nhận máy tính. Buổi chiều, người hướng dẫn giải thích quy trình làm việc và giao một nhiệm vụ nhỏ để làm quen. Cuối ngày, cả nhóm rủ nhau đi ăn tối chào mừng thành viên mới. {xung} {ten} về nhà với cảm giác háo hức xen lẫn chút hồi hộp."),
        ("Phiếu lương có sai sót",
         "Nhận phiếu lương tháng Ba, {xung} {ten} thấy khoản tiền làm thêm giờ ít hơn so với số giờ mình đã làm. {xung} {ten} mở lại bảng chấm công, đối chiếu từng ngày và phát hiện hai buổi tối chưa được ghi nhận. {xung} {ten} gửi thư cho phòng nhân sự, đính kèm ảnh chụp bảng chấm công và xác nhận của trưởng nhóm. Ngay chiều hôm đó, cán bộ nhân sự phản hồi, xin lỗi vì sơ suất khi nhập dữ liệu. Khoản chênh lệch được bổ sung vào kỳ lương tiếp theo. Từ đó, {xung} {ten} luôn kiểm tra kỹ phiếu lương mỗi tháng."),
        ("Buổi đối thoại cuối năm",
         "Cuối năm, {congty} tổ chức buổi đối thoại giữa ban lãnh đạo và người lao động. Đại diện công đoàn tổng hợp trước các kiến nghị, từ bữa ăn ca đến chỗ để xe. Một công nhân đề xuất lắp thêm quạt ở xưởng vì mùa hè quá nóng. Giám đốc lắng nghe và hứa sẽ hoàn thành trong tháng tới. Có ý kiến xin điều chỉnh giờ vào ca để phụ huynh kịp đưa con đi học. Buổi đối thoại kết thúc bằng những tràng pháo tay, nhiều người nói lần đầu thấy ý kiến của mình được trả lời cụ thể."),
        ("Người hướng dẫn tận tình",
         "Khi mới chuyển sang {phongban}, {xung} {ten} được giao cho {xung2} {ten2} hướng dẫn. {xung2} {ten2} không giảng giải dài dòng mà để {xung} {ten} làm trước, rồi cùng ngồi xem lại. Mỗi chiều thứ Sáu, hai người dành nửa tiếng nhìn lại những việc đã làm trong tuần. Có lần {xung} {ten} mắc lỗi khiến báo cáo gửi khách hàng bị chậm, {xung2} {ten2} nhận một phần trách nhiệm và cùng sửa lại. Sau ba tháng, {xung} {ten} đã tự tin xử lý phần lớn công việc. {xung} {ten} tự hứa sau này cũng sẽ hướng dẫn người mới như vậy."),
        ("Xin nghỉ việc đúng cách",
         "Sau bốn năm gắn bó, {xung} {ten} quyết định chuyển sang một công ty gần nhà hơn để có thời gian chăm con. {xung} {ten} gặp trưởng phòng trò chuyện thẳng thắn trước khi nộp đơn. Vì ký hợp đồng không xác định thời hạn, {xung} {ten} báo trước bốn mươi lăm ngày. Trong thời gian đó, {xung} {ten} viết tài liệu hướng dẫn và bàn giao công việc cho người thay thế. Ngày cuối cùng, cả phòng tặng {xung} {ten} một tấm thiệp có chữ ký của mọi người. Công ty chốt sổ bảo hiểm và thanh toán đủ tiền phép chưa nghỉ đúng hạn."),
        ("Lớp đào tạo nội bộ",
         "Quý này, phòng nhân sự mở lớp đào tạo kỹ năng thuyết trình cho nhân viên trẻ. Lớp học diễn ra vào chiều thứ Tư hằng tuần, mỗi buổi chín mươi phút. Giảng viên là các trưởng phòng có nhiều kinh nghiệm trình bày trước khách hàng. Mỗi học viên phải chuẩn bị một bài nói ngắn về công việc của mình và nhận góp ý từ cả lớp. {xung} {ten} lúc đầu run đến mức quên mất nửa bài, nhưng đến buổi cuối đã nói trôi chảy. Kết thúc khóa học, nhiều người xin mở thêm lớp kỹ năng viết báo cáo."),
    ],
    "qa": [
        ("Tôi làm việc được tám tháng thì có bao nhiêu ngày phép?",
         "Nếu làm việc chưa đủ mười hai tháng, số ngày phép được tính theo tỷ lệ tương ứng với số tháng làm việc. Với điều kiện làm việc bình thường, tám tháng tương đương khoảng tám ngày phép. Bạn nên hỏi phòng nhân sự để biết cách làm tròn theo quy chế của công ty."),
        ("Thời gian thử việc tối đa là bao lâu?",
         "Thời gian thử việc phụ thuộc vào tính chất công việc, tối đa 180 ngày với vị trí quản lý doanh nghiệp, 60 ngày với công việc cần trình độ cao đẳng trở lên và ngắn hơn với các công việc khác. Mỗi công việc chỉ được thử việc một lần."),
        ("Công ty có được giữ bằng đại học bản gốc của tôi không?",
         "Công ty không được làm như vậy. Người sử dụng lao động không được giữ bản chính giấy tờ tùy thân, văn bằng, chứng chỉ của người lao động. Bạn chỉ cần cung cấp bản sao để lưu hồ sơ."),
        ("Nghỉ việc cần báo trước bao nhiêu ngày?",
         "Với hợp đồng không xác định thời hạn, bạn cần báo trước ít nhất 45 ngày. Với hợp đồng xác định thời hạn từ 12 đến 36 tháng là 30 ngày, dưới 12 tháng là 3 ngày làm việc, trừ một số trường hợp đặc biệt."),
        ("Làm thêm giờ vào cuối tuần được tính lương thế nào?",
         "Làm thêm vào ngày nghỉ hằng tuần được trả ít nhất bằng 200% tiền lương giờ làm việc bình thường. Nếu làm vào ban đêm, bạn còn được cộng thêm theo quy định."),
        ("Tôi có nên nói mức lương mong muốn khi phỏng vấn không?",
         "Bạn nên nói, nhưng hãy đưa ra một khoảng hợp lý dựa trên tìm hiểu thị trường và kinh nghiệm của bản thân. Hãy trình bày bình tĩnh và sẵn sàng trao đổi thêm về các phúc lợi khác."),
        ("Phiếu lương có khoản khấu trừ tôi không hiểu thì hỏi ai?",
         "Bạn nên liên hệ bộ phận nhân sự hoặc kế toán tiền lương để được giải thích. Hãy chuẩn bị phiếu lương và bảng chấm công để việc đối chiếu nhanh hơn."),
        ("Ngày phép năm chưa dùng hết có được chuyển sang năm sau không?",
         "Điều này tùy quy chế của từng công ty và thỏa thuận giữa hai bên. Một số nơi cho phép gộp ngày phép trong giới hạn nhất định, nơi khác khuyến khích nghỉ hết trong năm. Khi nghỉ việc, ngày phép chưa nghỉ sẽ được thanh toán bằng tiền."),
        ("Bị đồng nghiệp nói năng xúc phạm thì tôi nên làm gì?",
         "Bạn nên giữ bình tĩnh, ghi lại sự việc và trao đổi với quản lý trực tiếp hoặc phòng nhân sự. Công ty có trách nhiệm xem xét và bảo vệ người lao động khỏi hành vi xúc phạm, quấy rối."),
        ("Lao động nữ mang thai được ưu tiên những gì?",
         "Lao động nữ mang thai được nghỉ để đi khám thai theo quy định và trong nhiều trường hợp không phải làm thêm giờ, làm đêm. Khi sinh con, chị em được hưởng chế độ thai sản nếu đã đóng bảo hiểm xã hội đủ thời gian."),
    ],
    "steps": {
        "nghi_phep": [
            "Kiểm tra số ngày phép còn lại trên hệ thống hoặc hỏi bộ phận nhân sự.",
            "Trao đổi với quản lý trực tiếp về thời gian dự kiến nghỉ.",
            "Gửi đơn nghỉ phép trước ít nhất vài ngày.",
            "Bàn giao công việc đang dở cho đồng nghiệp.",
            "Cài đặt trả lời tự động cho thư điện tử trong thời gian nghỉ.",
        ],
        "tuyen_dung": [
            "Đọc kỹ mô tả công việc và yêu cầu của vị trí.",
            "Chỉnh sửa hồ sơ xin việc cho phù hợp với vị trí ứng tuyển.",
            "Viết thư xin việc ngắn gọn, nêu rõ lý do bạn phù hợp.",
            "Chuẩn bị câu trả lời cho các câu hỏi phỏng vấn thường gặp.",
            "Gửi thư cảm ơn nhà tuyển dụng sau buổi phỏng vấn.",
        ],
        "hop_dong": [
            "Đọc kỹ toàn bộ hợp đồng trước ngày ký.",
            "Đối chiếu mức lương, phụ cấp và thời giờ làm việc với thư mời nhận việc.",
            "Hỏi lại phòng nhân sự những điều khoản chưa rõ.",
            "Ký hợp đồng và nhận một bản để lưu giữ.",
            "Kiểm tra việc đóng bảo hiểm sau tháng làm việc đầu tiên.",
        ],
        "luong": [
            "Xem phiếu lương ngay khi nhận được.",
            "Đối chiếu số ngày công và giờ làm thêm với bảng chấm công.",
            "Kiểm tra các khoản khấu trừ bảo hiểm và thuế.",
            "Ghi chú những điểm chưa hợp lý.",
            "Gửi phản hồi cho bộ phận nhân sự kèm chứng từ liên quan.",
        ],
        "moi_truong": [
            "Chuẩn bị chỗ ngồi, máy tính và tài khoản trước ngày nhân viên mới đến.",
            "Giới thiệu nhân viên mới với các phòng ban.",
            "Phân công người hướng dẫn trong tháng đầu.",
            "Giao nhiệm vụ nhỏ, rõ ràng để nhân viên mới làm quen.",
            "Gặp gỡ trao đổi vào cuối tuần đầu tiên và cuối thời gian thử việc.",
        ],
    },
})

DOMAINS.append({
    "name": "đời sống",
    "dom_phrase": "cuộc sống thường ngày, gia đình và phong tục",
    "doi_tuong": ["bà con trong khu phố", "các hộ gia đình", "cư dân"],
    "to_chuc": ["Ban điều hành khu dân cư {phuong}", "Tổ dân phố số {to_so}", "Hội Liên hiệp Phụ nữ {phuong}"],
    "vai_tro": ["tổ trưởng tổ dân phố", "một tiểu thương ở chợ", "một người dân trong khu phố",
                "chủ tịch hội phụ nữ địa phương"],
    "nguoi_viet": "một cư dân trong khu phố",
    "topics": {
        "cho_sang": {"tt": ["đi chợ buổi sáng", "chọn thực phẩm tươi ở chợ"], "sents": [
            "Chợ sáng bắt đầu họp từ khi trời còn tờ mờ.",
            "Bà bán rau quen gọi {xung} {ten} lại, bảo hôm nay có mớ {rau} vừa hái ở vườn.",
            "Một cân thịt ba chỉ hôm nay giá khoảng {tien_thit}.",
            "Người đi chợ sớm thường chọn được cá tươi và rau ngon nhất.",
            "Tiếng mặc cả, tiếng cười nói làm khu chợ lúc nào cũng rộn ràng.",
            "{cu} đi chợ mỗi sáng, vừa mua thức ăn vừa gặp gỡ bạn bè cũ.",
            "Quầy trái cây bày đầy {qua} tươi, thơm lừng cả một góc chợ.",
            "Nhiều tiểu thương đã nhận thanh toán bằng mã QR thay cho tiền mặt.",
            "Mua {rau} ở chợ quê vừa rẻ vừa tươi hơn.",
            "Sau khi đi chợ, {xung} {ten} ghé hàng bún quen ăn sáng rồi mới về.",
            "Chợ {phuong} vừa được sửa sang, lối đi rộng rãi và sạch sẽ hơn.",
            "Người bán cá làm sạch vảy, cắt khúc sẵn cho khách mang về nấu.",
            "Những người bán hàng ở chợ nhớ cả khẩu vị của từng khách quen.",
            "Giỏ đi chợ của {xung} {ten} hôm nay có {rau}, một con cá và mấy quả trứng gà.",
            "Đi chợ bằng túi vải thay túi ni lông là thói quen mà nhiều người đang tập.",
            "Gần trưa, chợ vãn dần, các bà các chị dọn hàng chuẩn bị về nấu cơm.",
            "Cân đủ, giá phải chăng là cách giữ khách của những người bán hàng thật thà.",
            "Mùa này {qua} đang rẻ, chỉ khoảng {tien_qua} một cân.",
            "Ở chợ, người ta không chỉ mua bán mà còn trao nhau những câu chuyện đời thường.",
        ]},
        "bua_com": {"tt": ["chuẩn bị bữa cơm gia đình", "nấu bữa tối cho cả nhà"], "sents": [
            "Bữa cơm tối là lúc cả nhà quây quần sau một ngày làm việc.",
            "Tối nay, {vo_chong} của {xung} {ten} nấu món {mon_an} mà cả nhà đều thích.",
            "Mâm cơm giản dị với canh, rau và một món mặn đã đủ làm mọi người vui vẻ.",
            "Trẻ con được giao nhiệm vụ dọn bát đũa và lau bàn sau bữa ăn.",
            "Ông bà thường được mời ăn trước, con cháu ăn sau theo nếp nhà.",
            "Món {mon_an} ngon nhất khi ăn nóng với cơm trắng.",
            "Trong bữa ăn, cả nhà tắt tivi và cất điện thoại để trò chuyện với nhau.",
            "{xung} {ten} tranh thủ nấu sẵn nồi canh từ tối hôm trước để sáng hôm sau đỡ vội.",
            "Cơm nhà tuy đơn giản nhưng sạch sẽ và tiết kiệm hơn ăn ngoài.",
            "Bà nội dạy các cháu cách nêm nếm sao cho vừa miệng.",
            "Sau bữa cơm, cả nhà ngồi ăn trái cây và uống trà.",
            "Mỗi tuần, cả nhà thay đổi thực đơn để bữa ăn không bị nhàm chán.",
            "Đồ ăn thừa được cho vào hộp kín và cất tủ lạnh ngay sau bữa.",
            "Hôm nào có khách, mâm cơm lại thêm vài món và rộn rã tiếng cười.",
            "{be} thích nhất là món trứng rán {bo_me} làm.",
            "Tiền chợ mỗi tuần của gia đình {xung} {ten} vào khoảng {tien}.",
            "Mùi thơm của nồi cá kho từ bếp bay ra khiến ai cũng thấy đói bụng.",
            "Dù bận đến mấy, {xung} {ten} vẫn cố về kịp ăn tối cùng gia đình.",
            "Những câu chuyện bên mâm cơm giúp cha mẹ hiểu con cái hơn.",
        ]},
        "thoi_tiet": {"tt": ["chuẩn bị khi thời tiết thay đổi", "sống khỏe qua những ngày nắng mưa thất thường"], "sents": [
            "Miền Bắc có bốn mùa rõ rệt, còn miền Nam chủ yếu có mùa mưa và mùa khô.",
            "Dự báo thời tiết cho biết ngày mai {city} có mưa rào và dông rải rác.",
            "Những ngày nồm ẩm, nhà cửa ướt nhẹp, quần áo phơi mãi không khô.",
            "Gió mùa đông bắc tràn về khiến nhiệt độ ở vùng núi phía Bắc giảm xuống dưới mười độ.",
            "Mùa hè, nắng nóng có khi lên tới {nhiet_he} độ, người già và trẻ nhỏ nên tránh ra ngoài buổi trưa.",
            "Trước mùa mưa bão, nhiều gia đình kiểm tra lại mái nhà và cắt tỉa cây xanh.",
            "Khi có bão, người dân nên ở trong nhà, tránh xa cửa kính và cột điện.",
            "Trời trở lạnh, {xung} {ten} lấy chăn bông ra phơi nắng cho thơm.",
            "Cơn mưa đầu mùa làm dịu đi cái nóng oi ả mấy ngày qua.",
            "Mùa thu Hà Nội có gió heo may và hương hoa sữa thoang thoảng trên phố.",
            "Ở miền Tây, mùa nước nổi mang về phù sa và nhiều sản vật.",
            "Sương mù dày đặc buổi sớm khiến các phương tiện phải bật đèn và đi chậm.",
            "Người dân miền Trung đã quen với việc kê cao đồ đạc mỗi khi lũ về.",
            "Nhiệt độ ngoài trời sáng nay chỉ khoảng {nhiet_dong} độ, học sinh được mặc áo ấm đến trường.",
            "Trời nắng gắt, ai ra đường cũng mặc áo chống nắng và đội mũ rộng vành.",
            "Sau trận mưa lớn, nhiều tuyến phố ở {city} bị ngập cục bộ.",
            "Thời tiết thay đổi thất thường dễ khiến trẻ nhỏ bị cảm lạnh.",
            "Đà Lạt quanh năm mát mẻ nên được nhiều người chọn làm nơi nghỉ dưỡng.",
            "Những ngày cuối thu, trời trong xanh và se se lạnh rất dễ chịu.",
        ]},
        "tet": {"tt": ["chuẩn bị đón Tết Nguyên đán", "sắm sửa và dọn nhà đón Tết"], "sents": [
            "Tết Nguyên đán là dịp sum họp quan trọng nhất trong năm của người Việt.",
            "Từ đầu tháng Chạp, các gia đình đã bắt đầu dọn dẹp nhà cửa đón Tết.",
            "Ngày hai mươi ba tháng Chạp, nhiều nhà làm mâm cơm cúng ông Công ông Táo.",
            "Bánh chưng xanh, dưa hành, thịt đông là những món không thể thiếu ngày Tết ở miền Bắc.",
            "Ở miền Nam, mâm ngũ quả và bánh tét là hình ảnh quen thuộc dịp Tết.",
            "Cả nhà {xung} {ten} quây quần gói bánh chưng và thức canh nồi bánh suốt đêm.",
            "Chợ hoa ngày Tết rực rỡ sắc đào, sắc mai và những chậu quất vàng.",
            "Trẻ em háo hức được mặc quần áo mới và nhận lì xì đầu năm.",
            "Năm nay, {xung} {ten} mua một cành đào nhỏ với giá {tien}.",
            "Đêm giao thừa, cả nhà cùng xem pháo hoa và chúc nhau năm mới an khang.",
            "Sáng mùng Một, con cháu chúc Tết ông bà, cha mẹ.",
            "Người ta quan niệm người xông đất đầu năm mang lại may mắn cho cả năm.",
            "Ngày mùng Hai, mùng Ba là dịp đi thăm họ hàng, thầy cô và bạn bè.",
            "Những chuyến xe cuối năm chật kín người về quê ăn Tết.",
            "Mâm cỗ ngày Tết được bày biện tươm tất để thắp hương tưởng nhớ tổ tiên.",
            "Sau Tết, nhiều người lại tất bật trở lại thành phố làm việc.",
            "Ông bà thường dặn con cháu đầu năm nên nói lời hay, làm việc tốt.",
            "Nồi thịt kho trứng nước dừa là món Tết quen thuộc của nhiều gia đình miền Nam.",
            "Dù ở xa đến đâu, ai cũng mong được về nhà ăn bữa cơm tất niên.",
        ]},
        "hang_xom": {"tt": ["giữ gìn tình làng nghĩa xóm", "xây dựng nếp sống văn minh trong khu phố"], "sents": [
            "Tổ dân phố tổ chức tổng vệ sinh vào sáng Chủ nhật cuối mỗi tháng.",
            "Hàng xóm đến nhà {cu} chúc mừng thọ tám mươi tuổi.",
            "Khu phố có quỹ khuyến học để tặng quà cho học sinh giỏi vào cuối năm học.",
            "Các gia đình thống nhất không bật nhạc to sau mười giờ đêm.",
            "Rác sinh hoạt được phân loại và để ra đúng giờ quy định.",
            "Khi nhà ai có việc hiếu hỉ, cả xóm lại sang phụ giúp.",
            "Nhóm tin nhắn của khu phố giúp mọi người cập nhật thông tin nhanh chóng.",
            "{xung} {ten} nhờ hàng xóm trông nhà giúp trong mấy ngày về quê.",
            "Sân chơi chung được các gia đình góp tiền lắp thêm đèn và ghế đá.",
            "Buổi tối, các bác nghỉ hưu thường tụ tập đánh cờ ở góc đầu ngõ.",
            "Người mới chuyển đến được tổ trưởng tổ dân phố đến thăm hỏi và hướng dẫn.",
            "Cả khu phố góp được {tien} ủng hộ đồng bào vùng lũ.",
            "Đỗ xe gọn gàng trước cửa nhà là cách tôn trọng lối đi chung.",
            "Mùa hè, khu phố phối hợp với nhà văn hóa mở lớp dạy bơi cho trẻ em.",
            "Tết Trung thu, khu phố tổ chức rước đèn và phát quà cho các cháu thiếu nhi.",
            "Bà con trong xóm thay phiên nhau chăm sóc vườn hoa ở đầu ngõ.",
            "Một lời chào buổi sáng cũng làm tình hàng xóm thêm gắn bó.",
            "{xung2} {ten2} ở nhà bên cạnh thường mang sang cho cả nhà ít rau sạch tự trồng.",
        ]},
    },
    "general": [
        "Cuộc sống hiện đại bận rộn nhưng gia đình vẫn là nơi để trở về.",
        "Tiết kiệm điện nước là thói quen tốt cho cả gia đình và môi trường.",
        "Nhiều gia đình trẻ bắt đầu trồng rau sạch trên sân thượng.",
        "Cuối tuần, {xung} {ten} đưa cả nhà về thăm ông bà ở {city2}.",
        "Đi bộ buổi tối quanh hồ là thú vui của nhiều người trong khu phố.",
        "Một cuốn sổ chi tiêu giúp gia đình quản lý tiền bạc hợp lý hơn.",
        "Nuôi một chú chó hay một con mèo nhỏ giúp trẻ biết yêu thương và có trách nhiệm.",
        "Nhà cửa gọn gàng giúp tinh thần thoải mái hơn sau giờ làm việc.",
        "Tiền điện tháng này của nhà {xung} {ten} là {tien}.",
        "Mỗi người trong nhà đều có một phần việc nhà riêng.",
        "Đọc sách trước khi ngủ giúp đầu óc thư thái.",
        "Những chuyến du lịch ngắn ngày giúp cả nhà gần gũi nhau hơn.",
        "Sinh nhật của {be}, cả nhà làm một chiếc bánh nhỏ và hát mừng.",
        "Giữ gìn nếp nhà là cách để các thế hệ hiểu và thương nhau hơn.",
        "Người Việt có câu: một miếng khi đói bằng một gói khi no.",
        "Chiều nào {cu} cũng ra đầu ngõ chờ các cháu đi học về.",
        "Mùa mưa, mái hiên nhà {xung} {ten} là chỗ trú quen của mấy bác xe ôm.",
        "Hàng xôi đầu ngõ chỉ bán đến tám giờ sáng là hết.",
        "Cả nhà thống nhất mỗi tháng dành một buổi tối để cùng xem phim.",
        "Tiếng gà gáy sáng ở quê là âm thanh mà {xung} {ten} nhớ nhất khi lên thành phố.",
        "Tủ lạnh được dọn dẹp mỗi tuần để thực phẩm không bị hỏng.",
        "Tối cuối tuần, công viên gần nhà đông vui với những nhóm tập nhảy dân vũ.",
        "Gia đình {xung} {ten} vừa sơn lại căn nhà màu vàng nhạt.",
        "Mỗi dịp giỗ tổ tiên, con cháu ở xa lại thu xếp về quê.",
        "Một chậu cây xanh nhỏ trên bàn làm việc giúp căn phòng tươi tắn hẳn.",
        "Bữa sáng của nhiều người Việt thường là bát phở, đĩa xôi hay ổ bánh mì.",
        "Trẻ con thích nhất là những buổi chiều được ra đồng thả diều cùng ông.",
    ],
    "narr": [
        ("Buổi sáng ở chợ",
         "Năm giờ sáng, chợ {phuong} đã sáng đèn. Những gánh rau từ ngoại thành được chở đến, lá còn đọng sương. {xung} {ten} đi một vòng, mua mớ {rau}, ít tôm tươi và nửa cân thịt. Bà bán rau quen đon đả hỏi thăm chuyện nhà, còn cho thêm nắm hành lá. Ở góc chợ, hàng bánh cuốn nóng hổi bốc khói nghi ngút, mấy người khách ngồi chật ghế nhựa. {xung} {ten} gọi một đĩa bánh cuốn, vừa ăn vừa nghe cánh tiểu thương bàn chuyện giá cả rồi mới thong thả đạp xe về."),
        ("Bữa cơm tối",
         "Bảy giờ tối, mâm cơm nhà {xung} {ten} đã bày xong trên chiếu. Có món {mon_an}, bát canh rau và đĩa dưa muối do bà ngoại làm. Ông nội ngồi đầu mâm, các cháu ngồi quanh, ai cũng mời ông bà trước khi ăn. {be} líu lo kể chuyện ở lớp được cô khen vẽ đẹp. Bố mẹ chăm chú nghe, thỉnh thoảng gắp thêm thức ăn cho con. Bữa cơm kéo dài hơn thường lệ, vì ai cũng có chuyện muốn kể sau một ngày dài."),
        ("Những ngày cuối năm",
         "Những ngày cuối tháng Chạp, nhà nào trong ngõ cũng tất bật. Nhà {xung} {ten} lau dọn bàn thờ, giặt rèm cửa và sơn lại cánh cổng đã bạc màu. Bà nội ngâm gạo nếp, đãi đậu xanh, chuẩn bị lá dong để gói bánh chưng. Tối hai mươi tám, cả nhà ngồi quanh nồi bánh, bọn trẻ nướng khoai trong bếp lửa. Mùi khói bếp, mùi lá dong chín quyện vào nhau thành mùi Tết quen thuộc. {xung} {ten} nghĩ, dù sau này đi đâu, mình cũng sẽ nhớ mãi những đêm canh nồi bánh như thế."),
        ("Mùa nồm",
         "Tháng Hai, trời bắt đầu nồm, sàn nhà lúc nào cũng ướt như vừa lau. Quần áo phơi hai ngày vẫn còn ẩm, {xung} {ten} phải dùng máy sấy và bật quạt suốt. Tường nhà đổ mồ hôi, gương soi mờ hơi nước. Cả nhà đóng kín cửa vào những hôm độ ẩm cao và chỉ mở cửa khi trời hanh khô. Bà nội bảo ngày xưa không có máy móc, người ta rắc vôi bột ở góc nhà cho đỡ ẩm. Ai cũng mong những cơn gió khô tràn về để nhà cửa ráo hoảnh trở lại."),
        ("Tết Trung thu ở khu phố",
         "Đêm rằm tháng Tám, sân chơi của khu phố treo đầy đèn lồng đỏ. Các cô chú trong tổ dân phố bày mâm cỗ với bánh nướng, bánh dẻo, bưởi và hồng. Bọn trẻ cầm đèn ông sao, đèn cá chép, rồng rắn đi quanh xóm, vừa đi vừa hát. Tiếng trống múa lân rộn ràng khiến cả người lớn cũng náo nức. Cuối buổi, mỗi cháu được nhận một phần quà nhỏ và vài chiếc bánh. {be} về nhà vẫn còn cầm chặt chiếc đèn lồng, nhất quyết không chịu cất."),
        ("Trận mưa lớn",
         "Chiều hôm ấy, bầu trời {city} bỗng tối sầm, rồi một trận mưa lớn trút xuống. Chỉ nửa tiếng sau, con đường trước nhà {xung} {ten} đã ngập đến bắp chân. Hàng xóm í ới gọi nhau kê đồ đạc lên cao và dắt xe máy vào nhà. Mấy thanh niên trong xóm xắn quần dọn rác ở miệng cống cho nước thoát nhanh. Đến tối, nước rút dần, mọi người lại cùng nhau quét dọn bùn đất. {xung} {ten} nghĩ, lúc khó khăn mới thấy tình hàng xóm thật đáng quý."),
        ("Khu vườn nhỏ sau nhà",
         "Từ khi nghỉ hưu, {cu} dành phần lớn thời gian chăm khu vườn nhỏ sau nhà. Vườn có mấy luống rau cải, vài gốc ớt, một giàn mướp và cây chanh sai quả. Sáng nào {cu} cũng dậy sớm tưới cây, nhổ cỏ và bắt sâu bằng tay. Rau trong vườn không phải phun thuốc nên cả nhà ăn rất yên tâm. Những hôm rau nhiều, {cu} hái một rổ mang biếu hàng xóm. {cu} bảo, được nhìn cây lớn lên mỗi ngày là niềm vui giản dị nhất của tuổi già."),
        ("Chuyến về quê cuối tuần",
         "Chiều thứ Sáu, {xung} {ten} đón con ở trường rồi cả nhà lên đường về quê ở {city2}. Đường cao tốc thông thoáng, chỉ hơn hai tiếng đã thấy lũy tre đầu làng. Ông bà đứng chờ ở cổng từ lúc nào, vừa thấy xe đã cười rạng rỡ. Bữa tối có gà luộc, canh cua rau đay và đĩa rau muống luộc chấm tương. Sáng hôm sau, bọn trẻ theo ông ra đồng thả diều, còn {xung} {ten} giúp bà sửa lại chuồng gà. Chủ nhật trở lại thành phố, cốp xe đầy ắp rau, trứng và gạo mới ông bà gửi lên."),
    ],
    "qa": [
        ("Làm sao để quần áo nhanh khô trong những ngày nồm?",
         "Bạn nên đóng kín cửa khi độ ẩm ngoài trời cao, phơi quần áo ở nơi có quạt hoặc dùng máy sấy, máy hút ẩm nếu có. Tránh phơi quá dày và nên vắt thật kỹ trước khi phơi."),
        ("Đi chợ thế nào để chọn được cá tươi?",
         "Cá tươi thường có mắt trong, mang đỏ hồng, thân chắc và đàn hồi khi ấn tay vào. Nên đi chợ sớm và mua ở những quầy đông khách, hàng hóa được quay vòng nhanh."),
        ("Gia đình nhỏ nên quản lý chi tiêu thế nào?",
         "Bạn có thể chia thu nhập thành các khoản: chi tiêu thiết yếu, tiết kiệm, học tập và dự phòng. Ghi chép chi tiêu hằng ngày trong một tháng sẽ giúp bạn thấy rõ những khoản có thể cắt giảm."),
        ("Cần chuẩn bị gì trước mùa mưa bão?",
         "Hãy kiểm tra mái nhà, cửa sổ, cắt tỉa cành cây gần nhà và chuẩn bị đèn pin, nước uống, thức ăn khô. Theo dõi bản tin thời tiết và làm theo hướng dẫn của chính quyền địa phương."),
        ("Làm thế nào để trẻ chịu giúp việc nhà?",
         "Hãy giao những việc vừa sức như xếp dép, tưới cây, dọn bát đũa và khen ngợi khi trẻ làm xong. Cha mẹ cùng làm với con sẽ biến việc nhà thành khoảng thời gian vui vẻ của cả gia đình."),
        ("Mâm ngũ quả ngày Tết thường gồm những loại quả gì?",
         "Tùy từng vùng miền mà mâm ngũ quả có khác nhau. Miền Bắc hay dùng chuối, bưởi, phật thủ, quýt, hồng, còn miền Nam thường chọn mãng cầu, dừa, đu đủ, xoài với ý cầu vừa đủ xài."),
        ("Sống ở chung cư làm sao để giữ hòa khí với hàng xóm?",
         "Hãy giữ trật tự vào giờ nghỉ, không để đồ đạc ở hành lang chung và đổ rác đúng nơi quy định. Khi có vấn đề, nên trao đổi trực tiếp một cách nhẹ nhàng hoặc nhờ ban quản lý hỗ trợ."),
        ("Trồng rau trên sân thượng có khó không?",
         "Việc này không quá khó nếu bạn bắt đầu với những loại dễ trồng như rau muống, cải, húng quế. Cần chọn thùng xốp có lỗ thoát nước, đất tơi xốp và tưới đều đặn vào sáng sớm hoặc chiều mát."),
        ("Ngày nắng nóng cần lưu ý gì cho người già?",
         "Người cao tuổi nên hạn chế ra ngoài từ mười giờ sáng đến bốn giờ chiều, uống nước đều đặn kể cả khi không khát và mặc quần áo thoáng mát. Nếu thấy chóng mặt, mệt lả, cần đưa đến nơi thoáng mát và gọi hỗ trợ y tế."),
        ("Tết Trung thu có những hoạt động gì cho trẻ em?",
         "Trẻ em thường được rước đèn, phá cỗ, xem múa lân và nhận bánh kẹo. Nhiều gia đình còn cùng con làm đèn ông sao hay tự làm bánh để các con hiểu hơn về ngày tết truyền thống."),
    ],
    "steps": {
        "tet": [
            "Lên danh sách những việc cần làm và chia việc cho từng thành viên.",
            "Dọn dẹp, lau chùi nhà cửa và bàn thờ từ giữa tháng Chạp.",
            "Mua thực phẩm khô, hoa và quà biếu trước cao điểm để tránh chen chúc.",
            "Chuẩn bị nguyên liệu gói bánh và các món ăn truyền thống.",
            "Dành thời gian nghỉ ngơi để đón năm mới thật thoải mái.",
        ],
        "bua_com": [
            "Lên thực đơn cho cả tuần vào tối Chủ nhật.",
            "Đi chợ hoặc siêu thị một đến hai lần mỗi tuần theo danh sách.",
            "Sơ chế và chia thực phẩm thành từng phần trước khi cất tủ lạnh.",
            "Nấu những món cần nhiều thời gian vào cuối tuần.",
            "Cả nhà cùng dọn dẹp sau bữa ăn.",
        ],
        "thoi_tiet": [
            "Theo dõi bản tin dự báo thời tiết hằng ngày.",
            "Kiểm tra mái nhà, cửa sổ và đường thoát nước.",
            "Chuẩn bị đèn pin, pin dự phòng, nước uống và thuốc cơ bản.",
            "Kê cao đồ đạc có giá trị và cất giữ giấy tờ quan trọng.",
            "Lưu số điện thoại của tổ dân phố và lực lượng cứu hộ.",
        ],
        "cho_sang": [
            "Ghi danh sách những thứ cần mua trước khi đi.",
            "Mang theo túi vải và một ít tiền lẻ.",
            "Đi chợ sớm để chọn được thực phẩm tươi ngon.",
            "Hỏi giá ở vài quầy trước khi mua những món đắt tiền.",
            "Cất thực phẩm vào tủ lạnh ngay khi về đến nhà.",
        ],
        "hang_xom": [
            "Chào hỏi và tự giới thiệu với các nhà xung quanh khi mới chuyển đến.",
            "Tìm hiểu nội quy chung của khu phố hoặc tòa nhà.",
            "Tham gia nhóm liên lạc và các buổi họp tổ dân phố.",
            "Giữ trật tự, vệ sinh chung và đỗ xe đúng chỗ.",
            "Sẵn lòng giúp đỡ khi hàng xóm cần.",
        ],
    },
})


# ---------------------------------------------------------------------------
# engine
# ---------------------------------------------------------------------------

SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|(?<=[.!?]”)\s+|\n+")
CAP_RE = re.compile(r"(^|[.!?]\s+|\n|:\s“)(\w)")


def sentences(text: str) -> list[str]:
    """Rough sentence split used for de-duplication and for the checks."""
    return [s.strip() for s in SENT_SPLIT.split(text) if s.strip()]


def cap(text: str) -> str:
    """Upper-case the first letter of every sentence (slots may start a sentence in lower case)."""
    return CAP_RE.sub(lambda m: m.group(1) + m.group(2).upper(), text)


class Slots(dict):
    """format_map mapping: document-level values first, then fresh values drawn once per piece."""

    def __init__(self, base, rng):
        super().__init__()
        self.base = base
        self.rng = rng

    def __missing__(self, key):
        if key in self.base:
            return self.base[key]
        gen = FRESH.get(key)
        if gen is None:
            raise KeyError(key)
        value = gen(self.rng, self)
        self[key] = value
        return value


def person(rng, gender=None, avoid=()):
    g = gender or rng.choice("MF")
    while True:
        ho = rng.choice(HO)
        if g == "M":
            dem, ten = rng.choice(DEM_NAM), rng.choice(TEN_NAM)
        else:
            dem, ten = rng.choice(DEM_NU), rng.choice(TEN_NU)
        if dem != ten and ten not in avoid:
            return g, f"{ho} {dem} {ten}", ten


def make_base(dom, topic, rng):
    """Document-level slot values: the same people, places and organisations throughout a document."""
    b = {}
    g1, b["name"], b["ten"] = person(rng)
    b["xung"] = "anh" if g1 == "M" else "chị"
    b["bo_me"] = "bố" if g1 == "M" else "mẹ"
    b["vo_chong"] = "vợ" if g1 == "M" else "chồng"
    b["tuoi"] = str(rng.randrange(24, 51))
    g2, b["name2"], b["ten2"] = person(rng, avoid={b["ten"]})
    b["xung2"] = "anh" if g2 == "M" else "chị"
    _, b["nu"], b["ten_nu"] = person(rng, "F", avoid={b["ten"], b["ten2"]})
    _, b["nam"], b["ten_nam"] = person(rng, "M", avoid={b["ten"], b["ten2"]})
    b["cu"] = ("ông " + rng.choice(TEN_NAM)) if rng.random() < 0.5 else ("bà " + rng.choice(TEN_NU))
    b["tuoi_gia"] = str(rng.randrange(65, 86))
    b["be"] = "bé " + rng.choice(BE)
    tuoi_be = rng.randrange(2, 9)
    b["tuoi_be"] = str(tuoi_be)
    b["kg_be"] = str(10 + 2 * tuoi_be + rng.randrange(-1, 3))
    b["hs"] = rng.choice(HOC_SINH)
    level = rng.choice(list(TRUONG))
    names, (lo, hi) = TRUONG[level]
    b["truong"] = f"{level} {rng.choice(names)}"
    b["lop"] = f"{rng.randrange(lo, hi + 1)}{rng.choice('ABCD')}"
    b["gv"] = ("thầy " + rng.choice(TEN_NAM)) if rng.random() < 0.4 else ("cô " + rng.choice(TEN_NU))
    b["mon"] = rng.choice(MON)
    if rng.random() < 0.8:
        city = tinh = rng.choice(TINH)
    else:
        city = rng.choice(sorted(THANH_PHO))
        tinh = THANH_PHO[city]
    b["city"], b["tinh"] = city, tinh
    b["city2"] = rng.choice([t for t in TINH if t not in (city, tinh)])
    b["phuong"] = rng.choice(PHUONG)
    d = datetime.date(rng.choice([2025, 2026]), rng.randrange(1, 13), rng.randrange(1, 29))
    d2 = d + datetime.timedelta(days=rng.randrange(5, 46))
    b["date"] = f"{d.day}/{d.month}/{d.year}"
    b["date2"] = f"{d2.day}/{d2.month}/{d2.year}"
    b["nam_nay"] = str(d.year)
    b["thu"] = THU[d.weekday()]
    b["thang"] = f"tháng {d.month}"
    b["benhvien"] = rng.choice(BENH_VIEN)
    b["congty"] = rng.choice(CONG_TY)
    b["congty_vt"] = rng.choice(CONG_TY_VT)
    b["kho"] = rng.choice(KHO)
    b["baohiem"] = rng.choice(BAO_HIEM)
    b["cuahang"] = rng.choice(CUA_HANG)
    b["sanpham"] = rng.choice(SAN_PHAM)
    b["hang"] = rng.choice(HANG)
    b["vitri"] = rng.choice(VI_TRI)
    b["phongban"] = rng.choice(PHONG_BAN)
    b["rau"] = rng.choice(RAU)
    b["qua"] = rng.choice(QUA)
    b["mon_an"] = rng.choice(MON_AN)
    b["thoi_tiet"] = rng.choice(THOI_TIET)
    b["to_so"] = str(rng.randrange(1, 25))
    b["dom_phrase"] = dom["dom_phrase"]
    b["doi_tuong"] = rng.choice(dom["doi_tuong"])
    b["nguoi_viet"] = dom["nguoi_viet"]
    b["to_chuc"] = rng.choice(dom["to_chuc"]).format_map(b)
    b["vai_tro"] = rng.choice(dom["vai_tro"]).format_map(b)
    b["tt"] = rng.choice(dom["topics"][topic]["tt"])
    return b


def build_pools(rng):
    """Partition every authored list into a training part and a validation part."""
    pools = {"train": {"frames": {}, "dom": []}, "validation": {"frames": {}, "dom": []}}

    def part(items, key):
        n = len(items)
        k = math.ceil(n * VAL_FRAC) if n > 1 else 0
        val = set(rng.sample(range(n), k))
        tr = [(f"{key}:{i}", it) for i, it in enumerate(items) if i not in val]
        va = [(f"{key}:{i}", it) for i, it in enumerate(items) if i in val]
        return tr, va

    for name, items in FRAMES.items():
        pools["train"]["frames"][name], pools["validation"]["frames"][name] = part(items, f"f:{name}")
    pools["train"]["common"], pools["validation"]["common"] = part(COMMON, "common")
    for di, dom in enumerate(DOMAINS):
        sides = {"train": {"topics": {}}, "validation": {"topics": {}}}
        for tk, tv in dom["topics"].items():
            sides["train"]["topics"][tk], sides["validation"]["topics"][tk] = part(tv["sents"], f"d{di}:t:{tk}")
        for kind in ("general", "narr", "qa"):
            sides["train"][kind], sides["validation"][kind] = part(dom[kind], f"d{di}:{kind}")
        sides["train"]["steps"], sides["validation"]["steps"] = part(sorted(dom["steps"].items()), f"d{di}:steps")
        for split in ("train", "validation"):
            pools[split]["dom"].append(sides[split])
    return pools


USE = Counter()        # how often each authored piece has been used (least-used-first choice)
TOPIC_USE = Counter()  # how often each (split, domain, topic) has been the topic of a document


class Doc:
    def __init__(self, pools, split, di, rng):
        self.split, self.di, self.rng = split, di, rng
        self.dom = DOMAINS[di]
        self.P = pools[split]
        self.D = self.P["dom"][di]
        self.seen = set()
        self.used = set()
        self.topic = None
        self.base = None

    # -- set-up -------------------------------------------------------------
    def set_topic(self, topic=None):
        if topic is None:
            keys = [k for k in self.dom["topics"] if self.D["topics"][k]]
            topic = min(keys, key=lambda k: (TOPIC_USE[(self.split, self.di, k)], self.rng.random()))
        TOPIC_USE[(self.split, self.di, topic)] += 1
        self.topic = topic
        self.base = make_base(self.dom, topic, self.rng)

    @property
    def tp(self):
        return self.D["topics"][self.topic]

    @property
    def gen(self):
        return self.D["general"]

    @property
    def others(self):
        return [x for k, v in self.D["topics"].items() if k != self.topic for x in v]

    @property
    def common(self):
        return self.P["common"]

    # -- rendering ----------------------------------------------------------
    def render(self, tpl):
        return cap(tpl.format_map(Slots(self.base, self.rng)))

    def ordered(self, pool):
        return sorted(pool, key=lambda p: (USE[p[0]], self.rng.random()))

    def accept(self, pid, text):
        parts = sentences(text)
        if pid in self.used or any(p in self.seen for p in parts):
            return False
        self.used.add(pid)
        self.seen.update(parts)
        USE[pid] += 1
        return True

    def take(self, pools, k, generic=False):
        """k sentences, least-used first, from pools in priority order (then the other topics, then common).

        generic=True skips sentences about the document's main person ({name}/{ten}); used where the
        main person is the writer (letters) or where a named anecdote would read oddly (notices, Q&A).
        """
        out = []
        chain = list(pools) + [self.others, self.common]
        for pool in chain:
            for pid, tpl in self.ordered(pool):
                if len(out) >= k:
                    return out
                if pid in self.used or (generic and ("{ten}" in tpl or "{name}" in tpl)):
                    continue
                s = self.render(tpl)
                if self.accept(pid, s):
                    out.append(s)
        return out

    def frame(self, name):
        for pid, tpl in self.ordered(self.P["frames"][name]):
            s = self.render(tpl)
            if self.accept(pid, s):
                return s
        raise RuntimeError(f"no usable frame {name}")

    def title(self, name):
        pid, tpl = self.ordered(self.P["frames"][name])[0]
        USE[pid] += 1
        t = self.render(tpl)
        return t[:1].upper() + t[1:]

    def narrative(self):
        for pid, (title, text) in self.ordered(self.D["narr"]):
            body = self.render(text)
            if self.accept(pid, body):
                return self.render(title), body
        return None

    def qa(self):
        for pid, (q, a) in self.ordered(self.D["qa"]):
            _, prefix = self.rng.choice(self.P["frames"]["qa_prefix"])
            block = self.render(prefix + q + "\nĐáp: " + a)
            if self.accept(pid, block):
                return block
        return None


def para(sents):
    return " ".join(s for s in sents if s)


def b_huong_dan(doc):
    pid, (topic, steps) = doc.ordered(doc.D["steps"])[0]
    USE[pid] += 1
    doc.set_topic(topic)
    title = doc.title("hd_title")
    ps = [para([doc.frame("hd_intro")] + doc.take([doc.tp], 2, generic=True))]
    block = doc.frame("hd_lead") + "\n" + "\n".join(f"Bước {i}: {s}" for i, s in enumerate(steps, 1))
    doc.seen.update(sentences(block))
    ps.append(block)
    ps.append(para(doc.take([doc.tp, doc.gen], 4)))
    if doc.rng.random() < 0.35:
        n = doc.narrative()
        if n:
            ps.append(n[1])
    else:
        ps.append(para(doc.take([doc.gen, doc.tp], 3)))
    ps.append(para(doc.take([doc.gen, doc.tp], 2) + [doc.frame("hd_close")]))
    return title, ps


def b_thong_bao(doc):
    doc.set_topic()
    title = doc.title("tb_title")
    ps = [para([doc.frame("tb_intro")] + doc.take([doc.tp], 1, True)),
          para([doc.frame("tb_time")] + doc.take([doc.tp], 2, True)),
          para(doc.take([doc.tp, doc.gen], 4, True)),
          para(doc.take([doc.gen, doc.tp], 3, True))]
    ps.append(para(doc.take([doc.gen], 1, True) + [doc.frame("tb_close")]))
    return title, ps


def b_cau_chuyen(doc):
    doc.set_topic()
    story = doc.narrative()
    if story is None:
        raise RuntimeError("no usable narrative")
    nt, body = story
    doc.base["nt"] = nt
    title = doc.title("st_title")
    ps = [para([doc.frame("st_intro")] + doc.take([doc.common], 2)), body,
          para(doc.take([doc.tp, doc.gen], 3))]
    if doc.rng.random() < 0.35:
        n = doc.narrative()
        if n:
            ps.append(n[1])
    else:
        ps.append(para(doc.take([doc.gen, doc.tp], 2)))
    ps.append(para([doc.frame("st_close")] + doc.take([doc.common], 1)))
    return title, ps


def b_hoi_dap(doc):
    doc.set_topic()
    title = doc.title("qa_title")
    ps = [para([doc.frame("qa_intro")] + doc.take([doc.gen], 1, True))]
    for _ in range(doc.rng.choice([3, 4, 4])):
        block = doc.qa()
        if block:
            ps.append(block)
    ps.append(para(doc.take([doc.tp], 2, True) + [doc.frame("qa_close")]))
    return title, ps


def b_ban_tin(doc):
    doc.set_topic()
    title = doc.title("bt_title")
    ps = [para([doc.frame("bt_lead")] + doc.take([doc.tp], 2)),
          para([doc.frame("bt_stat")] + doc.take([doc.tp, doc.gen], 2))]
    q = doc.take([doc.tp, doc.gen], 1)[0]
    for pid, tpl in doc.ordered(doc.P["frames"]["bt_quote"]):
        quoted = doc.render(tpl.replace("{q}", "\x00")).replace("\x00", q)
        if doc.accept(pid, quoted):
            break
    else:
        raise RuntimeError("no usable quote frame")
    ps.append(para([quoted] + doc.take([doc.tp, doc.gen], 2)))
    ps.append(para(doc.take([doc.gen, doc.tp], 3) + [doc.frame("bt_close")]))
    return title, ps


def b_thu(doc):
    doc.set_topic()
    title = doc.title("lt_title")
    ps = [doc.frame("lt_salute"),
          para([doc.frame("lt_self"), doc.frame("lt_purpose")]),
          para(doc.take([doc.tp], 4, True)),
          para(doc.take([doc.common], 1, True) + doc.take([doc.tp, doc.gen], 3, True)),
          doc.frame("lt_close"),
          doc.frame("lt_sign")]
    return title, ps


BUILDERS = {"hướng dẫn": b_huong_dan, "thông báo": b_thong_bao, "câu chuyện": b_cau_chuyen,
            "hỏi đáp": b_hoi_dap, "bản tin": b_ban_tin, "thư": b_thu}


def generate():
    USE.clear()
    TOPIC_USE.clear()
    rng = random.Random(SEED)
    pools = build_pools(rng)
    jobs = []
    for di, dom in enumerate(DOMAINS):
        nval = VAL_DOCS[di]
        jobs += [("validation", di, t) for t in rng.sample(TYPES, nval)]
        jobs += [("train", di, TYPES[i % len(TYPES)]) for i in range(DOCS_PER_DOMAIN - nval)]
    rng.shuffle(jobs)
    docs, texts = [], set()
    for n, (split, di, dtype) in enumerate(jobs, 1):
        doc = Doc(pools, split, di, rng)
        title, paras = BUILDERS[dtype](doc)
        text = nfc("\n\n".join(p for p in paras if p))
        if text in texts:
            raise RuntimeError("duplicate document")
        texts.add(text)
        docs.append((split, {"id": f"vi-{n:04d}", "domain": DOMAINS[di]["name"],
                             "title": nfc(title), "text": text}))
    return docs


# ---------------------------------------------------------------------------
# output
# ---------------------------------------------------------------------------

def write_atomic(path, data: str):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    os.replace(tmp, path)


def readme(docs):
    counts = Counter(split for split, _ in docs)
    table = defaultdict(lambda: [0, 0])
    for split, d in docs:
        row = table[(d["domain"], split)]
        row[0] += 1
        row[1] += len(d["text"].encode("utf-8"))
    lines = ["| domain | train docs | train bytes | validation docs | validation bytes |",
             "|---|---:|---:|---:|---:|"]
    tot = [0, 0, 0, 0]
    for dom in DOMAINS:
        tr, va = table[(dom["name"], "train")], table[(dom["name"], "validation")]
        lines.append(f"| {dom['name']} | {tr[0]} | {tr[1]:,} | {va[0]} | {va[1]:,} |")
        tot = [tot[0] + tr[0], tot[1] + tr[1], tot[2] + va[0], tot[3] + va[1]]
    lines.append(f"| **total** | **{tot[0]}** | **{tot[1]:,}** | **{tot[2]}** | **{tot[3]:,}** |")
    size_table = "\n".join(lines)
    n_sents = sum(len(t["sents"]) for d in DOMAINS for t in d["topics"].values()) + \
        sum(len(d["general"]) for d in DOMAINS)
    n_narr = sum(len(d["narr"]) for d in DOMAINS)
    n_qa = sum(len(d["qa"]) for d in DOMAINS)
    n_steps = sum(len(d["steps"]) for d in DOMAINS)
    n_frames = sum(len(v) for v in FRAMES.values())
    doc_freq = Counter()
    for _, d in docs:
        doc_freq.update(set(sentences(d["text"])))
    top_sent, top_n = doc_freq.most_common(1)[0]
    syllables = {w.lower() for _, d in docs for w in re.findall(r"[^\W\d_]+", d["text"])}
    return README_TEMPLATE.format(
        n_distinct=f"{len(doc_freq):,}", top_n=top_n, top_pct=f"{100 * top_n / len(docs):.1f}",
        n_syll=f"{len(syllables):,}",
        n_train=counts["train"], n_val=counts["validation"], n_total=len(docs),
        bytes_total=f"{tot[1] + tot[3]:,}", size_table=size_table, n_sents=n_sents, n_narr=n_narr,
        n_qa=n_qa, n_steps=n_steps, n_frames=n_frames, n_common=len(COMMON),
        val_pct=f"{100 * counts['validation'] / len(docs):.1f}")


README_TEMPLATE = """---
name: vi_corpus
title: Vietnamese multi-domain pretraining corpus (synthetic, authored)
language: vi
license: CC-BY-4.0
task: language-modeling
files:
  train.jsonl: {n_train}
  validation.jsonl: {n_val}
fields:
  id: unique id, "vi-0001" … unique across both files
  domain: one of "dịch vụ công", "y tế", "giáo dục", "bảo hiểm", "logistics", "chăm sóc khách hàng", "nhân sự", "đời sống"
  title: short Vietnamese title of the document
  text: the document, 3-8 paragraphs separated by a blank line ("\\n\\n"), NFC-normalised
---

# vi_corpus: Vietnamese multi-domain pretraining corpus

## What

{n_total} Vietnamese documents (about {bytes_total} bytes of UTF-8 text) in eight everyday domains
of the course: public services (dịch vụ công), healthcare (y tế), education (giáo dục),
insurance (bảo hiểm), logistics, customer service (chăm sóc khách hàng), HR (nhân sự) and
everyday life (đời sống). Each document has one of six shapes: a how-to guide (hướng dẫn),
a notice (thông báo), a short story (câu chuyện), a Q&A column (hỏi đáp), a news-style brief
(bản tin) or a letter (thư). Text uses standard Vietnamese spelling with full diacritics in
NFC, the traditional tone-mark placement ("hòa", "thủy", "khỏe"), digits, dates such as
"ngày 15/3/2026" and amounts such as "2.500.000 đồng".

**Everything is synthetic and was written for this project.** No sentence is copied from
Wikipedia, newspapers, laws or any other published text. Shop, company, hospital, insurer and
school names are invented or generic; any resemblance to a real organisation is accidental.
Phone numbers and file codes are random digits.

## Why

The workbench trains a tiny (about 5M-parameter) Llama-style model and a Vietnamese BPE
tokenizer from scratch on a CPU. That needs a corpus that is small enough to train on in
minutes, free to redistribute, and still covers Vietnamese syllables, common words and the
vocabulary of the course's domains. `validation.jsonl` gives an honest held-out perplexity:
it is built only from authored pieces that never appear in `train.jsonl`.

## How it was made

`make.py` holds all the authored material and composes the documents deterministically
(`random.Random(20261123)`, standard library only):

* per domain: five topics with about twenty sentences each plus a pool of general sentences
  ({n_sents} sentences in all), eight paragraph-length mini-narratives ({n_narr} in all),
  ten or eleven question/answer pairs ({n_qa} in all) and one ordered step list per topic
  ({n_steps} in all);
* shared across domains: {n_frames} frames (titles, openings, closings, Q&A prefixes,
  letter salutations and sign-offs) for the six document types and
  {n_common} everyday sentences (weather, streets, family) used in stories and letters;
* slot lists: family names, middle names and given names (combined into thousands of full
  names with matching pronouns anh/chị/ông/bà), the 34 provinces and centrally-run cities of
  the 2025 map plus eight well-known cities, generic ward and commune names, invented
  organisations, products, dishes, dates, amounts, ages, durations and percentages.

Every authored list is split once with the seeded RNG: about 15% of each list (at least one
item) goes to validation, the rest to training. A document picks a domain, a type and a
topic, fills the slots once for the whole document (so the same person, place and
organisation recur inside it) and composes 3-8 paragraphs. Pieces are chosen least-used
first, and a document never repeats a sentence, so no single sentence dominates the corpus.
The self-check (`python3 datasets/vi_corpus/check.py`) verifies counts, fields, NFC, the
split partition and the repetition figures.

## Fields

| field | type | meaning |
|---|---|---|
| `id` | string | `vi-0001` … `vi-{n_total:04d}`, unique across both files |
| `domain` | string | one of the eight Vietnamese domain names listed above |
| `title` | string | short Vietnamese title |
| `text` | string | the document; paragraphs separated by `\\n\\n`, step lists and Q&A turns by `\\n` |

## Size and splits

{n_train} training and {n_val} validation documents (validation is {val_pct}% of documents, with
every domain in both files). Bytes are UTF-8 bytes of the `text` field. The text holds
{n_distinct} distinct sentences; the most frequent one appears in {top_n} of {n_total} documents
({top_pct}%), and no sentence appears in both files.

{size_table}

## Licence

CC BY 4.0. Authored by the project (the workbench authors); attribute as "vi_corpus, Build
Your Own AI workbench".

## Known limits

* Synthetic: documents are composed from a finite set of authored pieces, so the corpus is
  far more repetitive than real text (the same sentence template recurs in several documents
  with different names, places and numbers), and documents can change subject abruptly
  between paragraphs.
* Small vocabulary: {n_syll} distinct syllables (Vietnamese words are written as
  space-separated syllables), centred on the eight domains; no technical, literary or
  scientific register.
* Standard, polite written Vietnamese only: no dialect spellings, slang, teen code, typos or
  missing diacritics, so a model trained on it will not handle informal input well.
* Facts about procedures (identity cards, birth registration, insurance, leave days) are
  simplified and reflect rules as understood in 2025; they are language-model training text,
  not legal or medical advice.
* Names, places and organisations are combined at random, so some combinations (a shop in
  one province, a ward name in another) are not geographically meaningful.

## How to regenerate

From the repository root:

```
python3 datasets/vi_corpus/make.py          # writes train.jsonl, validation.jsonl, README.md
python3 datasets/vi_corpus/check.py         # self-check and statistics
```

The output is byte-identical on every run.
"""


def main():
    docs = generate()
    for split in ("train", "validation"):
        rows = [d for s, d in docs if s == split]
        data = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in rows)
        write_atomic(os.path.join(HERE, f"{split}.jsonl"), data)
    write_atomic(os.path.join(HERE, "README.md"), readme(docs))
    counts = Counter(s for s, _ in docs)
    size = sum(len(d["text"].encode("utf-8")) for _, d in docs)
    print(f"wrote {counts['train']} train + {counts['validation']} validation documents, {size:,} text bytes")
    if "--check" in sys.argv[1:]:
        sys.dont_write_bytecode = True
        sys.path.insert(0, HERE)
        import check
        sys.exit(check.main())


if __name__ == "__main__":
    main()
