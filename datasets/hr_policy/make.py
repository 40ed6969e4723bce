"""Generate the hr_policy dataset (policies.jsonl, qa.jsonl).

All text below is original, written for this project, and describes a
FICTIONAL company. Nothing here is copied from a real handbook or law.

Run from the repository root:
    python datasets/hr_policy/make.py
"""
import json
import os
import random
import sys
import unicodedata
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261123
TEST_SHARE = 0.3

COMPANY = "Công ty Cổ phần Công nghệ Sông Hồng"

# ---------------------------------------------------------------------------
# Policy handbook: (slug, document title, [(section heading, passage), ...])
# Passage ids are f"{slug}-{index:02d}" in the order given.
# ---------------------------------------------------------------------------
DOCS = [
    ("nghi-phep", "Quy định nghỉ phép", [
        ("1. Phạm vi áp dụng",
         "Quy định này áp dụng cho toàn bộ nhân viên của Công ty Cổ phần Công nghệ Sông Hồng làm việc tại trụ sở Hà Nội và chi nhánh Đà Nẵng. "
         "Mọi đơn nghỉ được tạo và phê duyệt trên cổng thông tin nhân sự SH-Portal bằng mẫu NP-01. "
         "Phòng Nhân sự theo dõi số ngày phép còn lại của từng người và cập nhật trên SH-Portal vào ngày làm việc đầu tiên của mỗi tháng."),
        ("2. Số ngày phép năm",
         "Nhân viên chính thức làm việc đủ 12 tháng được hưởng 15 ngày phép năm có hưởng nguyên lương. "
         "Người làm việc chưa đủ 12 tháng được tính 1,25 ngày phép cho mỗi tháng làm việc. "
         "Cứ đủ 5 năm làm việc liên tục tại công ty, nhân viên được cộng thêm 1 ngày phép năm. "
         "Thời gian thử việc được tính vào thời gian làm việc để xác định số ngày phép sau khi nhân viên ký hợp đồng chính thức."),
        ("3. Đăng ký nghỉ phép năm",
         "Nhân viên gửi đơn NP-01 trên SH-Portal trước ít nhất 3 ngày làm việc nếu nghỉ từ 1 đến 2 ngày, và trước ít nhất 7 ngày làm việc nếu nghỉ từ 3 ngày trở lên. "
         "Quản lý trực tiếp phê duyệt hoặc từ chối trong vòng 2 ngày làm việc kể từ khi nhận đơn. "
         "Đơn nghỉ liên tục trên 5 ngày làm việc cần thêm sự phê duyệt của trưởng phòng. "
         "Phép năm có thể nghỉ theo đơn vị nửa ngày."),
        ("4. Nghỉ ốm và nghỉ đột xuất",
         "Trường hợp ốm đau hoặc có việc đột xuất, nhân viên phải báo cho quản lý trực tiếp trước 9h00 của ngày nghỉ bằng điện thoại hoặc tin nhắn trên SH Chat. "
         "Đơn NP-01 được bổ sung trên SH-Portal chậm nhất 2 ngày làm việc sau khi đi làm lại. "
         "Nghỉ ốm từ 3 ngày làm việc liên tiếp trở lên phải nộp kèm giấy xác nhận của cơ sở y tế. "
         "Ngày nghỉ ốm được trừ vào phép năm nếu nhân viên còn phép; khi đã hết phép năm, Phòng Nhân sự hướng dẫn nhân viên làm hồ sơ hưởng chế độ ốm đau theo bảo hiểm xã hội."),
        ("5. Chuyển phép sang năm sau",
         "Số ngày phép năm chưa sử dụng hết được chuyển sang năm sau tối đa 5 ngày. "
         "Số ngày phép chuyển sang phải được sử dụng trước ngày 31/3 của năm sau, quá thời hạn này sẽ tự động bị hủy. "
         "Công ty không thanh toán tiền cho những ngày phép chưa sử dụng, trừ trường hợp nhân viên nghỉ việc."),
        ("6. Nghỉ việc riêng có hưởng lương",
         "Nhân viên được nghỉ có hưởng nguyên lương trong các trường hợp sau: bản thân kết hôn được nghỉ 3 ngày; con kết hôn được nghỉ 1 ngày; bố đẻ, mẹ đẻ, bố vợ, mẹ vợ hoặc bố chồng, mẹ chồng, vợ hoặc chồng, con chết được nghỉ 3 ngày. "
         "Trường hợp ông bà hoặc anh chị em ruột mất, nhân viên được nghỉ 1 ngày có hưởng lương. "
         "Giấy tờ chứng minh được nộp cho Phòng Nhân sự trong vòng 5 ngày làm việc sau khi đi làm lại."),
        ("7. Nghỉ không hưởng lương",
         "Nhân viên đã dùng hết phép năm có thể đề nghị nghỉ không hưởng lương, tổng cộng không quá 30 ngày trong một năm. "
         "Đơn nghỉ không hưởng lương phải được trưởng phòng và Giám đốc Nhân sự phê duyệt. "
         "Trong thời gian nghỉ không hưởng lương, Phòng Nhân sự hướng dẫn nhân viên về việc đóng bảo hiểm và giữ quyền lợi bảo hiểm sức khỏe SH Care."),
        ("8. Ngày nghỉ lễ và ngày nghỉ riêng của công ty",
         "Lịch nghỉ lễ, Tết hằng năm do Phòng Nhân sự công bố trên SH-Portal trong tháng 12 của năm trước. "
         "Ngoài các ngày nghỉ lễ, Tết chung, toàn công ty được nghỉ có hưởng lương vào ngày 15/9, ngày thành lập công ty. "
         "Nhân viên còn được nghỉ thêm 1 ngày có hưởng lương trong tháng sinh nhật của mình; ngày nghỉ này không được chuyển sang tháng khác."),
    ]),
    ("thai-san", "Chính sách thai sản và chăm sóc con nhỏ", [
        ("1. Thông báo và hồ sơ",
         "Nhân viên mang thai thông báo dự kiến ngày sinh cho quản lý trực tiếp và Phòng Nhân sự trước ít nhất 30 ngày so với ngày bắt đầu nghỉ sinh. "
         "Thời gian nghỉ sinh con thực hiện theo chế độ bảo hiểm xã hội hiện hành; Phòng Nhân sự hỗ trợ nhân viên chuẩn bị hồ sơ hưởng chế độ. "
         "Trong vòng 15 ngày kể từ ngày sinh, nhân viên gửi mẫu TS-01 kèm bản sao giấy chứng sinh qua SH-Portal."),
        ("2. Khám thai",
         "Trong thời gian mang thai, nhân viên nữ được nghỉ 5 lần đi khám thai, mỗi lần 1 ngày, có hưởng nguyên lương do công ty chi trả. "
         "Ngày nghỉ khám thai không trừ vào phép năm. "
         "Nhân viên đăng ký trên SH-Portal bằng mẫu NP-01, chọn loại nghỉ “Khám thai”, và báo cho quản lý trước ít nhất 1 ngày làm việc."),
        ("3. Trợ cấp sinh con của công ty",
         "Ngoài chế độ bảo hiểm xã hội, công ty tặng nhân viên trợ cấp sinh con 3.000.000 đồng cho mỗi con. "
         "Trường hợp cả vợ và chồng đều làm việc tại công ty, trợ cấp chỉ được chi trả một lần cho mỗi con. "
         "Khoản trợ cấp được chuyển cùng kỳ lương của tháng kế tiếp sau khi Phòng Nhân sự nhận đủ mẫu TS-01."),
        ("4. Nghỉ khi vợ sinh con",
         "Nhân viên nam có vợ sinh con được công ty cho nghỉ 5 ngày làm việc hưởng nguyên lương. "
         "Trường hợp vợ sinh đôi trở lên hoặc phải sinh mổ, số ngày nghỉ là 10 ngày làm việc. "
         "Các ngày nghỉ này phải được sử dụng trong vòng 30 ngày kể từ ngày sinh và có thể chia thành nhiều đợt."),
        ("5. Thời gian chăm con nhỏ",
         "Sau khi quay lại làm việc, nhân viên nuôi con dưới 12 tháng tuổi được nghỉ 60 phút mỗi ngày trong giờ làm việc mà vẫn hưởng nguyên lương. "
         "Thời gian này có thể dùng để đến muộn, về sớm hoặc chia thành hai lần trong ngày. "
         "Phòng vắt sữa được bố trí tại tầng 5 trụ sở Hà Nội và tầng 3 chi nhánh Đà Nẵng, có tủ lạnh riêng để bảo quản sữa."),
        ("6. Làm việc từ xa sau sinh",
         "Trong 6 tháng đầu sau khi quay lại làm việc, nhân viên nữ sau sinh được làm việc từ xa tối đa 3 ngày mỗi tuần, thay cho giới hạn 2 ngày mỗi tuần của Quy định làm việc từ xa. "
         "Nhân viên vẫn đăng ký bằng mẫu TX-01 và tuân thủ khung giờ lõi 9h00–16h30. "
         "Quyền lợi này cũng áp dụng cho nhân viên nhận con nuôi dưới 6 tháng tuổi."),
    ]),
    ("lam-them", "Quy định làm thêm giờ", [
        ("1. Nguyên tắc chung",
         "Làm thêm giờ chỉ được thực hiện khi có yêu cầu hoặc đồng ý của quản lý trực tiếp và phải được đăng ký trước bằng mẫu LTG-01 trên SH-Portal. "
         "Với ngày làm việc bình thường, đơn phải gửi trước 15h00 của chính ngày đó; với làm thêm vào thứ Bảy, Chủ nhật, đơn phải gửi trước 17h00 thứ Năm của tuần đó. "
         "Thời gian ở lại văn phòng không đăng ký sẽ không được tính là làm thêm giờ."),
        ("2. Giới hạn số giờ làm thêm",
         "Mỗi nhân viên không làm thêm quá 4 giờ trong một ngày làm việc bình thường, không quá 40 giờ trong một tháng và không quá 200 giờ trong một năm. "
         "Hệ thống SH-Portal sẽ tự động cảnh báo khi số giờ làm thêm trong tháng đạt 32 giờ. "
         "Quản lý có trách nhiệm sắp xếp lại công việc để nhân viên không vượt các giới hạn này."),
        ("3. Mức chi trả",
         "Tiền làm thêm giờ được tính theo lương giờ cơ bản: ngày thường được trả 150%, ngày nghỉ hằng tuần được trả 200%, ngày lễ, Tết được trả 300%. "
         "Giờ làm thêm vào ban đêm, từ 22h00 đến 6h00 sáng hôm sau, được cộng thêm 30% lương giờ cơ bản. "
         "Tiền làm thêm giờ được thanh toán cùng kỳ lương của tháng kế tiếp."),
        ("4. Nghỉ bù thay cho tiền làm thêm",
         "Nhân viên có thể chọn nghỉ bù thay vì nhận tiền làm thêm giờ, với tỷ lệ 1 giờ làm thêm đổi 1 giờ nghỉ bù. "
         "Lựa chọn này phải được đánh dấu khi đăng ký mẫu LTG-01 và không thay đổi sau khi đã được duyệt. "
         "Giờ nghỉ bù phải được sử dụng trong vòng 60 ngày kể từ ngày làm thêm, quá hạn sẽ được quy đổi thành tiền theo mức ngày thường."),
        ("5. Hỗ trợ ăn tối và đi lại",
         "Nhân viên làm thêm từ 2 giờ trở lên sau giờ kết thúc làm việc được hỗ trợ tiền ăn tối 50.000 đồng mỗi lần. "
         "Nếu kết thúc làm thêm sau 21h00, nhân viên được thanh toán chi phí taxi hoặc xe công nghệ về nhà, tối đa 200.000 đồng mỗi lượt. "
         "Chứng từ taxi được nộp kèm mẫu CTP-02 theo Quy định tạm ứng và hoàn ứng chi phí."),
        ("6. Xác nhận và đối tượng áp dụng",
         "Sau mỗi lần làm thêm, quản lý trực tiếp xác nhận số giờ thực tế trên SH-Portal trong vòng 3 ngày làm việc. "
         "Nhân viên từ cấp trưởng nhóm trở lên không hưởng tiền làm thêm giờ mà được chi trả phụ cấp trách nhiệm hằng tháng theo Quy chế lương, thưởng và phụ cấp. "
         "Nhân viên trực ca của bộ phận Hỗ trợ khách hàng chỉ tính làm thêm cho phần thời gian ngoài ca đã được phân công."),
    ]),
    ("tu-xa", "Quy định làm việc từ xa", [
        ("1. Đối tượng và số ngày",
         "Nhân viên chính thức đã hoàn thành thử việc và giữ vị trí không bắt buộc có mặt tại văn phòng được làm việc từ xa tối đa 2 ngày mỗi tuần. "
         "Thứ Ba hằng tuần là ngày toàn công ty làm việc tại văn phòng nên không được đăng ký làm việc từ xa vào ngày này. "
         "Số ngày làm việc từ xa không dùng hết trong tuần không được cộng dồn sang tuần sau."),
        ("2. Đăng ký và phê duyệt",
         "Nhân viên đăng ký làm việc từ xa bằng mẫu TX-01 trên SH-Portal trước 17h00 của ngày làm việc liền trước. "
         "Quản lý trực tiếp phê duyệt và có thể từ chối khi nhóm có lịch họp với khách hàng hoặc công việc cần có mặt. "
         "Trường hợp đột xuất như con ốm, nhân viên có thể đăng ký trước 8h30 cùng ngày nếu được quản lý đồng ý qua SH Chat."),
        ("3. Yêu cầu khi làm việc từ xa",
         "Trong khung giờ lõi từ 9h00 đến 16h30, nhân viên phải trực tuyến trên SH Chat và phản hồi tin nhắn công việc trong vòng 30 phút. "
         "Nhân viên bật camera trong các cuộc họp nhóm và chấm công qua ứng dụng SH-Portal trên điện thoại. "
         "Trường hợp mất kết nối quá 30 phút, nhân viên phải báo ngay cho quản lý và chuyển sang làm việc tại văn phòng nếu cần."),
        ("4. An toàn thông tin",
         "Khi làm việc từ xa, nhân viên chỉ sử dụng máy tính do công ty cấp và luôn kết nối VPN khi truy cập hệ thống nội bộ. "
         "Không sử dụng Wi-Fi công cộng nếu chưa bật VPN, không in tài liệu được đánh dấu “Mật” tại nhà. "
         "Mọi sự cố mất máy hoặc nghi ngờ lộ dữ liệu phải báo cho bộ phận IT trong vòng 24 giờ."),
        ("5. Hỗ trợ chi phí",
         "Nhân viên làm việc từ xa ít nhất 4 ngày trong tháng được hỗ trợ 300.000 đồng tiền internet, chi trả cùng kỳ lương của tháng đó. "
         "Ngoài ra, mỗi nhân viên đủ điều kiện làm việc từ xa được hỗ trợ một lần 2.000.000 đồng để mua bàn, ghế hoặc màn hình, thanh toán theo hóa đơn qua mẫu CTP-02. "
         "Các chi phí điện, nước tại nhà không được hỗ trợ."),
        ("6. Làm việc từ xa dài hạn và tạm dừng",
         "Làm việc từ xa toàn thời gian chỉ áp dụng trong trường hợp đặc biệt, phải được Giám đốc khối phê duyệt và được xem xét lại sau mỗi 6 tháng. "
         "Nhân viên vi phạm yêu cầu làm việc từ xa 2 lần trong một quý, chẳng hạn không liên lạc được trong giờ lõi, sẽ bị tạm dừng quyền làm việc từ xa trong 3 tháng. "
         "Các trường hợp ngoại lệ cho nhân viên sau sinh được quy định trong Chính sách thai sản và chăm sóc con nhỏ."),
    ]),
    ("hoan-ung", "Quy định tạm ứng và hoàn ứng chi phí", [
        ("1. Tạm ứng",
         "Nhân viên cần chi tiêu cho công việc có thể đề nghị tạm ứng bằng mẫu CTP-01 trên SH-Portal, gửi trước ngày cần tiền ít nhất 5 ngày làm việc. "
         "Số tiền tạm ứng tối đa bằng 80% dự toán chi phí đã được duyệt. "
         "Phòng Kế toán chuyển khoản tạm ứng vào tài khoản nhận lương của nhân viên trong vòng 3 ngày làm việc sau khi đề nghị được phê duyệt."),
        ("2. Thẩm quyền phê duyệt",
         "Khoản chi dưới 5.000.000 đồng do quản lý trực tiếp phê duyệt. "
         "Khoản chi từ 5.000.000 đồng đến 20.000.000 đồng do trưởng phòng phê duyệt. "
         "Khoản chi trên 20.000.000 đồng phải được Giám đốc Tài chính phê duyệt trước khi thực hiện."),
        ("3. Hoàn ứng và thanh toán",
         "Trong vòng 10 ngày làm việc sau khi kết thúc công việc hoặc chuyến công tác, nhân viên lập mẫu CTP-02 trên SH-Portal để hoàn ứng hoặc đề nghị thanh toán. "
         "Hồ sơ phải kèm hóa đơn điện tử ghi đúng tên, địa chỉ và mã số thuế của công ty. "
         "Phòng Kế toán thanh toán phần chênh lệch trong vòng 7 ngày làm việc kể từ khi hồ sơ hợp lệ."),
        ("4. Chi phí không có hóa đơn",
         "Các khoản chi nhỏ dưới 200.000 đồng mỗi lần mà người bán không xuất được hóa đơn, như gửi xe hoặc phí cầu đường, được chấp nhận với biên nhận hoặc ảnh chụp vé. "
         "Tổng các khoản chi không có hóa đơn không vượt quá 1.000.000 đồng mỗi tháng cho một nhân viên. "
         "Hóa đơn bị mất phải được giải trình bằng văn bản và có xác nhận của quản lý trực tiếp."),
        ("5. Quá hạn hoàn ứng",
         "Nhân viên chưa hoàn ứng khoản tạm ứng trước đó sẽ không được tạm ứng khoản mới. "
         "Khoản tạm ứng quá hạn hoàn ứng trên 30 ngày sẽ được trừ vào lương của kỳ trả lương gần nhất. "
         "Phòng Kế toán gửi email nhắc nhở khi khoản tạm ứng còn 3 ngày nữa đến hạn hoàn ứng."),
        ("6. Chi phí tiếp khách",
         "Chi phí tiếp khách phải được quản lý trực tiếp phê duyệt trước trên SH-Portal, nêu rõ tên đối tác và mục đích buổi gặp. "
         "Mức chi tối đa là 600.000 đồng cho mỗi người tham dự, bao gồm cả nhân viên công ty. "
         "Chi phí đồ uống có cồn không được thanh toán, trừ khi Giám đốc khối chấp thuận trước."),
    ]),
    ("cong-tac", "Quy định đi công tác", [
        ("1. Đề nghị đi công tác",
         "Nhân viên đi công tác lập đề nghị bằng mẫu CT-01 trên SH-Portal trước ngày khởi hành ít nhất 5 ngày làm việc đối với công tác trong nước và 15 ngày làm việc đối với công tác nước ngoài. "
         "Công tác trong nước do trưởng phòng phê duyệt; công tác nước ngoài phải được Tổng Giám đốc phê duyệt. "
         "Đề nghị cần ghi rõ mục đích, lịch trình và dự toán chi phí."),
        ("2. Phụ cấp công tác",
         "Nhân viên đi công tác được hưởng phụ cấp lưu trú 250.000 đồng mỗi ngày khi công tác trong nước và 40 USD mỗi ngày khi công tác nước ngoài. "
         "Phụ cấp được tính theo số ngày thực tế có mặt tại nơi công tác, kể cả ngày đi và ngày về. "
         "Công tác trong ngày tại nơi cách văn phòng dưới 50 km không được hưởng phụ cấp lưu trú."),
        ("3. Tiêu chuẩn khách sạn",
         "Chi phí khách sạn được thanh toán tối đa 1.000.000 đồng mỗi đêm tại Hà Nội, TP. Hồ Chí Minh và Đà Nẵng, và tối đa 700.000 đồng mỗi đêm tại các tỉnh, thành phố khác. "
         "Hai nhân viên cùng giới đi công tác chung được bố trí ở chung phòng đôi nếu phù hợp. "
         "Phần vượt định mức do nhân viên tự chi trả, trừ khi trưởng phòng chấp thuận bằng văn bản."),
        ("4. Phương tiện đi lại",
         "Với chặng đường trên 300 km, nhân viên được đi máy bay hạng phổ thông; vé do Phòng Hành chính đặt sau khi đề nghị công tác được duyệt. "
         "Với chặng ngắn hơn, nhân viên đi xe khách, tàu hỏa hoặc xe công ty. "
         "Chi phí taxi hoặc xe công nghệ giữa sân bay, nhà ga và nơi ở được thanh toán theo thực tế có hóa đơn."),
        ("5. Thời gian đi lại vào ngày nghỉ",
         "Nếu lịch công tác buộc nhân viên di chuyển hoặc làm việc vào thứ Bảy, Chủ nhật, nhân viên được nghỉ bù số ngày tương ứng. "
         "Ngày nghỉ bù phải được sử dụng trong vòng 30 ngày sau khi kết thúc chuyến công tác và đăng ký bằng mẫu NP-01. "
         "Thời gian này không được tính tiền làm thêm giờ."),
        ("6. Báo cáo và quyết toán",
         "Trong vòng 5 ngày làm việc sau khi về, nhân viên gửi báo cáo kết quả công tác cho trưởng phòng. "
         "Việc quyết toán chi phí thực hiện theo Quy định tạm ứng và hoàn ứng chi phí, hạn nộp mẫu CTP-02 là 10 ngày làm việc sau khi kết thúc chuyến đi. "
         "Với công tác nước ngoài, công ty mua bảo hiểm du lịch cho nhân viên trong suốt thời gian chuyến đi."),
    ]),
    ("bao-hiem", "Chính sách bảo hiểm và chăm sóc sức khỏe", [
        ("1. Bảo hiểm bắt buộc",
         "Công ty tham gia bảo hiểm xã hội, bảo hiểm y tế và bảo hiểm thất nghiệp cho nhân viên kể từ tháng ký hợp đồng lao động chính thức. "
         "Mức đóng của nhân viên và của công ty được thể hiện trên phiếu lương hằng tháng. "
         "Nhân viên cập nhật thay đổi thông tin cá nhân, như số căn cước hay nơi khám chữa bệnh ban đầu, cho Phòng Nhân sự trước ngày 20 hằng tháng."),
        ("2. Bảo hiểm sức khỏe SH Care",
         "Nhân viên chính thức được công ty mua bảo hiểm sức khỏe bổ sung SH Care, có hiệu lực từ ngày đầu tiên của tháng kế tiếp sau khi ký hợp đồng chính thức. "
         "Quyền lợi điều trị nội trú tối đa 100.000.000 đồng mỗi năm, điều trị ngoại trú tối đa 10.000.000 đồng mỗi năm và nha khoa tối đa 2.000.000 đồng mỗi năm. "
         "Thẻ bảo hiểm điện tử được gửi qua email trong vòng 10 ngày làm việc sau ngày hiệu lực."),
        ("3. Bảo hiểm cho người thân",
         "Nhân viên có thể đăng ký SH Care cho vợ hoặc chồng và con theo mức phí nhóm của công ty. "
         "Công ty hỗ trợ 50% phí bảo hiểm cho con dưới 18 tuổi; phí cho vợ hoặc chồng do nhân viên tự chi trả và được khấu trừ qua lương. "
         "Việc đăng ký cho người thân được mở vào tháng 1 hằng năm hoặc trong vòng 30 ngày kể từ khi kết hôn hoặc sinh con."),
        ("4. Yêu cầu bồi thường",
         "Khi không dùng được thẻ bảo lãnh viện phí, nhân viên tự thanh toán rồi gửi yêu cầu bồi thường qua ứng dụng của công ty bảo hiểm trong vòng 60 ngày kể từ ngày kết thúc điều trị. "
         "Hồ sơ gồm hóa đơn, đơn thuốc và kết quả khám hoặc giấy ra viện. "
         "Nếu hồ sơ bị từ chối hoặc chậm xử lý quá 15 ngày làm việc, nhân viên liên hệ Phòng Nhân sự qua số máy lẻ 205 để được hỗ trợ."),
        ("5. Khám sức khỏe định kỳ",
         "Công ty tổ chức khám sức khỏe định kỳ miễn phí mỗi năm một lần vào tháng 6 tại bệnh viện đối tác ở Hà Nội và Đà Nẵng. "
         "Nhân viên nữ được khám thêm gói phụ khoa và siêu âm tuyến vú. "
         "Người không thể tham gia theo lịch chung có thể tự đi khám và được hoàn tối đa 1.500.000 đồng, hồ sơ phải nộp trước ngày 31/12 cùng năm."),
        ("6. Chương trình sức khỏe khác",
         "Mỗi tháng 10, công ty tổ chức tiêm vắc-xin cúm miễn phí cho nhân viên tại văn phòng; nhân viên đăng ký trước trên SH-Portal. "
         "Nhân viên được tham gia miễn phí các buổi tư vấn tâm lý trực tuyến, tối đa 6 buổi mỗi năm, thông tin hoàn toàn được giữ bí mật. "
         "Câu lạc bộ thể thao của công ty được hỗ trợ 100.000 đồng mỗi thành viên mỗi tháng."),
    ]),
    ("luong-thuong", "Quy chế lương, thưởng và phụ cấp", [
        ("1. Kỳ trả lương",
         "Kỳ lương được tính từ ngày 1 đến ngày cuối cùng của tháng và được trả vào ngày 5 của tháng kế tiếp bằng chuyển khoản. "
         "Nếu ngày 5 trùng ngày nghỉ hằng tuần hoặc ngày lễ, lương được trả vào ngày làm việc liền trước. "
         "Phiếu lương điện tử được gửi lên SH-Portal vào ngày 3 hằng tháng."),
        ("2. Thắc mắc về lương",
         "Nhân viên có thắc mắc về lương gửi yêu cầu cho Phòng Nhân sự qua SH-Portal trong vòng 5 ngày làm việc kể từ ngày nhận lương. "
         "Phòng Nhân sự trả lời trong vòng 3 ngày làm việc; khoản chênh lệch nếu có được điều chỉnh vào kỳ lương kế tiếp. "
         "Thông tin lương là bảo mật, nhân viên không được tiết lộ lương của mình hoặc của người khác."),
        ("3. Phụ cấp",
         "Tất cả nhân viên, kể cả nhân viên thử việc, được phụ cấp ăn trưa 730.000 đồng mỗi tháng và phụ cấp gửi xe 150.000 đồng mỗi tháng. "
         "Nhân viên kinh doanh được thêm phụ cấp điện thoại 300.000 đồng mỗi tháng. "
         "Phụ cấp trách nhiệm dành cho trưởng nhóm là 1.500.000 đồng mỗi tháng và cho trưởng phòng là 3.000.000 đồng mỗi tháng."),
        ("4. Lương tháng 13",
         "Nhân viên làm việc đủ 12 tháng trong năm dương lịch được nhận lương tháng 13 bằng một tháng lương cơ bản. "
         "Người làm việc chưa đủ 12 tháng được nhận theo tỷ lệ số tháng làm việc thực tế. "
         "Lương tháng 13 được chi trả trước kỳ nghỉ Tết Nguyên đán; nhân viên đã nộp đơn nghỉ việc tại thời điểm chi trả sẽ không được nhận khoản này."),
        ("5. Thưởng hiệu suất",
         "Thưởng hiệu suất được xác định theo kết quả đánh giá cuối năm: xếp loại A được thưởng 2 tháng lương cơ bản, loại B được 1 tháng, loại C được 0,5 tháng và loại D không được thưởng. "
         "Thưởng hiệu suất được chi trả cùng kỳ lương tháng 3 của năm sau. "
         "Nhân viên vào làm sau ngày 1/10 chưa được xếp loại trong năm đó."),
        ("6. Điều chỉnh lương",
         "Công ty xét điều chỉnh lương mỗi năm một lần vào tháng 4, dựa trên kết quả đánh giá cuối năm trước và mức lương thị trường. "
         "Mức tăng dao động từ 0% đến 15% lương cơ bản. "
         "Trường hợp được thăng chức giữa năm, lương mới được áp dụng từ tháng có quyết định bổ nhiệm."),
        ("7. Thưởng giới thiệu ứng viên",
         "Nhân viên giới thiệu ứng viên được tuyển dụng thành công sẽ nhận thưởng 5.000.000 đồng sau khi ứng viên hoàn thành thử việc. "
         "Với vị trí kỹ sư cao cấp hoặc quản lý, mức thưởng là 10.000.000 đồng. "
         "Thưởng không áp dụng cho trưởng phòng giới thiệu ứng viên vào chính phòng mình và cho nhân viên Phòng Nhân sự."),
    ]),
    ("cham-cong", "Quy định thời giờ làm việc và chấm công", [
        ("1. Thời giờ làm việc",
         "Công ty làm việc từ thứ Hai đến thứ Sáu, mỗi ngày 8 giờ, nghỉ trưa từ 12h00 đến 13h00. "
         "Nhân viên được chọn giờ bắt đầu linh hoạt trong khoảng 8h00 đến 9h00 và kết thúc sau khi làm đủ 8 giờ. "
         "Khung giờ lõi từ 9h00 đến 16h30 là thời gian mọi nhân viên phải có mặt hoặc trực tuyến."),
        ("2. Hình thức chấm công",
         "Nhân viên chấm công bằng vân tay hoặc thẻ nhân viên tại cửa ra vào văn phòng Hà Nội và Đà Nẵng, mỗi ngày hai lần khi đến và khi về. "
         "Khi làm việc từ xa hoặc đi gặp khách hàng, nhân viên chấm công bằng ứng dụng SH-Portal trên điện thoại có bật định vị. "
         "Dữ liệu chấm công được đồng bộ lên SH-Portal trước 10h00 ngày hôm sau."),
        ("3. Đi muộn và về sớm",
         "Nhân viên bắt đầu làm việc sau 9h00 được ghi nhận là đi muộn; kết thúc trước khi đủ 8 giờ làm việc được ghi nhận là về sớm. "
         "Mỗi tháng, nhân viên được đi muộn hoặc về sớm không quá 3 lần, mỗi lần không quá 30 phút. "
         "Từ lần thứ tư trở đi, mỗi lần vi phạm bị trừ 0,5 ngày công."),
        ("4. Quên chấm công",
         "Trường hợp quên chấm công hoặc máy chấm công lỗi, nhân viên giải trình bằng mẫu CC-02 trên SH-Portal trong vòng 2 ngày làm việc để quản lý trực tiếp xác nhận. "
         "Mỗi nhân viên được giải trình quên chấm công tối đa 3 lần trong một tháng. "
         "Từ lần thứ tư, ngày quên chấm công bị tính là nửa ngày nghỉ không lương, trừ khi có lỗi từ hệ thống."),
        ("5. Làm việc theo ca",
         "Bộ phận Hỗ trợ khách hàng làm việc theo hai ca: ca sáng từ 6h00 đến 14h00 và ca chiều từ 14h00 đến 22h00. "
         "Lịch ca được trưởng nhóm công bố trên SH-Portal trước thứ Sáu của tuần liền trước. "
         "Nhân viên muốn đổi ca phải thỏa thuận với đồng nghiệp và được trưởng nhóm đồng ý trước ít nhất 24 giờ."),
        ("6. Chốt bảng công",
         "Phòng Nhân sự chốt bảng công của tháng vào ngày làm việc đầu tiên của tháng kế tiếp. "
         "Nhân viên kiểm tra bảng công trên SH-Portal và phản hồi sai sót trong vòng 2 ngày làm việc sau khi chốt. "
         "Sau thời hạn này, bảng công được dùng để tính lương và mọi điều chỉnh sẽ được thực hiện vào kỳ lương sau."),
    ]),
    ("thu-viec", "Quy định thử việc và hội nhập", [
        ("1. Thời gian thử việc",
         "Thời gian thử việc là 60 ngày đối với vị trí chuyên môn, kỹ thuật yêu cầu trình độ cao đẳng trở lên, và 30 ngày đối với các vị trí khác. "
         "Vị trí quản lý từ cấp trưởng phòng trở lên có thời gian thử việc 180 ngày. "
         "Thời gian thử việc cụ thể được ghi trong thư mời nhận việc và thỏa thuận thử việc."),
        ("2. Quyền lợi trong thời gian thử việc",
         "Lương thử việc bằng 85% mức lương chính thức ghi trong thư mời nhận việc; phụ cấp ăn trưa và gửi xe được hưởng đầy đủ. "
         "Nhân viên thử việc chưa được sử dụng phép năm và chưa được đăng ký làm việc từ xa; nếu cần nghỉ, nhân viên làm đơn nghỉ không hưởng lương. "
         "Trong thời gian thử việc, mỗi bên có thể chấm dứt thỏa thuận thử việc mà không cần báo trước."),
        ("3. Ngày làm việc đầu tiên",
         "Nhân viên mới có mặt lúc 8h30 tại quầy lễ tân tầng 1 vào ngày làm việc đầu tiên. "
         "Nhân viên mang theo bản sao căn cước, bản sao bằng cấp có chứng thực và giấy khám sức khỏe được cấp trong vòng 6 tháng. "
         "Ngay trong ngày, bộ phận IT bàn giao máy tính xách tay, tài khoản email và Phòng Hành chính cấp thẻ nhân viên."),
        ("4. Chương trình hội nhập",
         "Trong tuần làm việc đầu tiên, nhân viên mới tham gia khóa “Hội nhập Sông Hồng” kéo dài 2 ngày, giới thiệu văn hóa công ty, quy trình nội bộ và an toàn thông tin. "
         "Cuối khóa có bài kiểm tra an toàn thông tin, yêu cầu đạt tối thiểu 80% số câu đúng. "
         "Người chưa đạt được làm lại bài kiểm tra trong vòng 5 ngày làm việc."),
        ("5. Người đồng hành",
         "Mỗi nhân viên mới được phân công một người đồng hành (buddy) trong 60 ngày đầu để hỗ trợ các câu hỏi hằng ngày về công việc và môi trường làm việc. "
         "Quản lý trực tiếp họp 1-1 với nhân viên mới mỗi tuần một lần trong thời gian thử việc. "
         "Người đồng hành được công ty hỗ trợ 800.000 đồng cho mỗi nhân viên mới mà mình hướng dẫn."),
        ("6. Đánh giá kết thúc thử việc",
         "Quản lý trực tiếp hoàn thành phiếu đánh giá thử việc trên SH-Portal chậm nhất 5 ngày làm việc trước ngày kết thúc thử việc. "
         "Kết quả được Phòng Nhân sự thông báo bằng văn bản cho nhân viên trước ngày kết thúc thử việc ít nhất 3 ngày. "
         "Nhân viên đạt yêu cầu được ký hợp đồng lao động xác định thời hạn 12 tháng."),
    ]),
    ("dao-tao", "Chính sách đào tạo và phát triển", [
        ("1. Ngân sách học tập cá nhân",
         "Mỗi nhân viên chính thức có ngân sách học tập 6.000.000 đồng mỗi năm để chi cho khóa học bên ngoài, hội thảo chuyên môn hoặc sách chuyên môn. "
         "Ngân sách không dùng hết không được cộng dồn sang năm sau. "
         "Chi phí được thanh toán theo hóa đơn qua mẫu CTP-02 sau khi khóa học được duyệt."),
        ("2. Đăng ký khóa học",
         "Nhân viên đăng ký khóa học bằng mẫu DT-01 trên SH-Portal trước ngày khai giảng ít nhất 10 ngày làm việc. "
         "Đề nghị cần được quản lý trực tiếp đồng ý và Phòng Nhân sự phê duyệt. "
         "Khóa học phải liên quan đến công việc hiện tại hoặc kế hoạch phát triển cá nhân đã thống nhất."),
        ("3. Cam kết sau đào tạo",
         "Khóa học có chi phí từ 20.000.000 đồng trở lên do công ty tài trợ yêu cầu nhân viên ký cam kết làm việc 12 tháng sau khi kết thúc khóa học. "
         "Với chi phí từ 50.000.000 đồng trở lên, thời gian cam kết là 24 tháng. "
         "Nếu nghỉ việc trước hạn cam kết, nhân viên hoàn trả chi phí đào tạo theo tỷ lệ thời gian cam kết còn lại."),
        ("4. Chứng chỉ chuyên môn",
         "Lệ phí thi lần đầu của các chứng chỉ chuyên môn trong danh mục được duyệt do công ty chi trả 100% và không trừ vào ngân sách học tập cá nhân. "
         "Lệ phí thi lại do nhân viên tự chi trả. "
         "Nhân viên đạt chứng chỉ trong danh mục khuyến khích được thưởng thêm 2.000.000 đồng."),
        ("5. Học tập nội bộ",
         "Buổi chia sẻ nội bộ “Thứ Năm chia sẻ” diễn ra từ 16h00 đến 17h00 thứ Năm hằng tuần, trực tiếp tại văn phòng và trực tuyến. "
         "Mỗi nhân viên cần hoàn thành tối thiểu 24 giờ học mỗi năm, bao gồm các khóa trên nền tảng SH Learn. "
         "Nhân viên được dành tối đa 4 giờ mỗi tuần trong giờ làm việc để học các khóa đã được duyệt."),
        ("6. Kế hoạch phát triển cá nhân",
         "Mỗi nhân viên thống nhất kế hoạch phát triển cá nhân (IDP) với quản lý trực tiếp trong tháng 1 hằng năm. "
         "Tiến độ IDP được xem lại trong kỳ đánh giá giữa năm vào tháng 7 và kỳ đánh giá cuối năm vào tháng 12. "
         "Nhân viên có nguyện vọng chuyển sang phòng ban khác có thể ứng tuyển nội bộ sau khi làm việc ở vị trí hiện tại ít nhất 12 tháng."),
    ]),
    ("ung-xu", "Bộ quy tắc ứng xử", [
        ("1. Trang phục",
         "Nhân viên mặc trang phục lịch sự, gọn gàng khi làm việc tại văn phòng. "
         "Thứ Sáu hằng tuần nhân viên được mặc trang phục tự do nhưng vẫn phải phù hợp với môi trường công sở. "
         "Khi gặp khách hàng hoặc tham dự sự kiện bên ngoài, nhân viên mặc trang phục công sở, áo sơ mi có cổ và giày kín mũi."),
        ("2. Quà tặng và chiêu đãi",
         "Nhân viên không được nhận quà tặng có giá trị trên 500.000 đồng từ khách hàng, nhà cung cấp hoặc đối tác. "
         "Quà vượt mức này phải được báo cáo cho Phòng Pháp chế trong vòng 3 ngày làm việc để trả lại hoặc nộp về công ty. "
         "Tuyệt đối không nhận tiền mặt, thẻ quà tặng hoặc phiếu mua hàng dưới bất kỳ hình thức nào."),
        ("3. Xung đột lợi ích",
         "Nhân viên phải kê khai mọi tình huống có thể gây xung đột lợi ích, như người thân làm việc tại nhà cung cấp, bằng mẫu XĐ-01 gửi Phòng Pháp chế. "
         "Việc làm thêm bên ngoài công ty chỉ được thực hiện khi có chấp thuận bằng văn bản của Giám đốc Nhân sự. "
         "Nhân viên không được tham gia quyết định mua sắm liên quan đến doanh nghiệp mà mình hoặc người thân có lợi ích."),
        ("4. Phòng chống quấy rối",
         "Công ty không chấp nhận mọi hành vi quấy rối, phân biệt đối xử hoặc bắt nạt tại nơi làm việc, kể cả trên các kênh trực tuyến. "
         "Nhân viên có thể báo cáo qua đường dây nóng nội bộ số máy lẻ 999 hoặc hộp thư góp ý ẩn danh trên SH-Portal. "
         "Mỗi báo cáo được Ban Đạo đức xem xét trong vòng 10 ngày làm việc và người báo cáo được bảo vệ khỏi mọi hình thức trả đũa."),
        ("5. Bảo mật thông tin",
         "Nhân viên không chia sẻ dữ liệu khách hàng, mã nguồn hoặc tài liệu nội bộ ra ngoài công ty khi chưa được phép. "
         "Không sử dụng email hoặc ổ lưu trữ cá nhân để lưu dữ liệu công ty. "
         "Khi mất máy tính, điện thoại công việc hoặc thẻ nhân viên, nhân viên phải báo cho bộ phận IT và Phòng Hành chính trong vòng 24 giờ."),
        ("6. Mạng xã hội và phát ngôn",
         "Chỉ Phòng Truyền thông được phát ngôn chính thức thay mặt công ty với báo chí. "
         "Nhân viên không đăng lên mạng xã hội thông tin về khách hàng, dự án chưa công bố hoặc hình ảnh bên trong khu vực làm việc hạn chế. "
         "Khi chia sẻ ý kiến cá nhân về ngành, nhân viên cần nói rõ đó là quan điểm cá nhân."),
        ("7. Rượu bia, thuốc lá và xử lý vi phạm",
         "Không sử dụng rượu bia trong giờ làm việc và không hút thuốc trong văn phòng; khu vực hút thuốc được bố trí tại sân thượng. "
         "Vi phạm Bộ quy tắc ứng xử được Hội đồng kỷ luật xem xét, gồm đại diện Ban Giám đốc, Phòng Nhân sự và Công đoàn công ty. "
         "Nhân viên bị xem xét kỷ luật có quyền trình bày ý kiến và mời người bào chữa."),
    ]),
    ("nghi-viec", "Quy trình nghỉ việc và bàn giao", [
        ("1. Thời hạn báo trước",
         "Nhân viên muốn nghỉ việc gửi đơn bằng mẫu NV-01 trên SH-Portal cho quản lý trực tiếp và Phòng Nhân sự. "
         "Thời hạn báo trước là 30 ngày đối với hợp đồng xác định thời hạn và 45 ngày đối với hợp đồng không xác định thời hạn. "
         "Quản lý trực tiếp trao đổi với nhân viên và xác nhận ngày làm việc cuối cùng trong vòng 5 ngày làm việc kể từ khi nhận đơn."),
        ("2. Phép năm còn lại",
         "Số ngày phép năm chưa sử dụng đến ngày làm việc cuối cùng được thanh toán bằng tiền theo lương cơ bản. "
         "Nhân viên có thể dùng phép năm còn lại để nghỉ trong thời gian báo trước nếu được quản lý trực tiếp đồng ý. "
         "Số ngày phép được tính theo tỷ lệ 1,25 ngày cho mỗi tháng làm việc trong năm nghỉ việc."),
        ("3. Bàn giao công việc",
         "Nhân viên lập biên bản bàn giao bằng mẫu BG-01, liệt kê công việc đang làm, tài liệu, tài khoản dự án và đầu mối liên hệ. "
         "Biên bản phải được quản lý trực tiếp ký xác nhận chậm nhất 3 ngày làm việc trước ngày làm việc cuối cùng. "
         "Người nhận bàn giao do quản lý trực tiếp chỉ định."),
        ("4. Hoàn trả tài sản",
         "Vào ngày làm việc cuối cùng, nhân viên trả máy tính, thiết bị và thẻ nhân viên cho bộ phận IT và Phòng Hành chính. "
         "Tài khoản email và các hệ thống nội bộ bị khóa vào 18h00 của ngày làm việc cuối cùng. "
         "Tài sản bị mất hoặc hư hỏng do lỗi cá nhân được trừ vào khoản quyết toán theo giá trị còn lại."),
        ("5. Quyết toán",
         "Phòng Nhân sự quyết toán lương, tiền phép chưa sử dụng và các khoản khác trong vòng 7 ngày làm việc kể từ ngày làm việc cuối cùng. "
         "Khoản tạm ứng chưa hoàn ứng và chi phí đào tạo phải hoàn trả theo cam kết được trừ vào khoản quyết toán. "
         "Phòng Nhân sự hoàn tất thủ tục chốt sổ bảo hiểm xã hội và thông báo ngày nhận cho nhân viên."),
        ("6. Phỏng vấn nghỉ việc và giấy xác nhận",
         "Trong tuần làm việc cuối cùng, nhân viên tham gia buổi phỏng vấn nghỉ việc với Phòng Nhân sự; nội dung được giữ bí mật và chỉ dùng để cải thiện môi trường làm việc. "
         "Khi có yêu cầu, Phòng Nhân sự cấp giấy xác nhận quá trình làm việc trong vòng 3 ngày làm việc. "
         "Nhân viên nghỉ việc đúng quy trình có thể được xem xét tuyển dụng lại."),
    ]),
    ("an-toan", "Quy định an toàn lao động và phòng cháy chữa cháy", [
        ("1. Huấn luyện và diễn tập",
         "Mọi nhân viên tham gia buổi huấn luyện an toàn và phòng cháy chữa cháy mỗi năm một lần vào tháng 11. "
         "Công ty tổ chức diễn tập thoát hiểm hai lần mỗi năm vào tháng 5 và tháng 11 tại cả hai văn phòng. "
         "Nhân viên mới chưa kịp tham gia huấn luyện phải xem video hướng dẫn an toàn trên SH Learn trong tuần đầu tiên."),
        ("2. Khi có cháy",
         "Khi nghe chuông báo cháy, nhân viên ngừng công việc, di chuyển theo biển chỉ dẫn bằng cầu thang bộ và tuyệt đối không sử dụng thang máy. "
         "Điểm tập kết là sân trước tòa nhà, nơi các trưởng nhóm điểm danh thành viên và báo cáo cho Ban An toàn. "
         "Chỉ quay lại tòa nhà khi Ban An toàn thông báo đã an toàn."),
        ("3. Báo cáo sự cố và tai nạn",
         "Mọi tai nạn, thương tích hoặc sự cố suýt gây tai nạn phải được báo cho quản lý trực tiếp và Ban An toàn trong vòng 24 giờ bằng mẫu AT-01 trên SH-Portal. "
         "Tai nạn xảy ra trên đường đi làm hoặc trong khi đi công tác cũng phải báo theo cách này. "
         "Ban An toàn điều tra nguyên nhân và đề xuất biện pháp khắc phục trong vòng 5 ngày làm việc."),
        ("4. Sơ cứu",
         "Mỗi tầng văn phòng có một tủ thuốc sơ cứu được Phòng Hành chính kiểm tra và bổ sung hằng tháng. "
         "Danh sách nhân viên đã qua huấn luyện sơ cứu được dán cạnh thang máy mỗi tầng. "
         "Trường hợp cấp cứu, gọi ngay 115, sau đó báo cho lễ tân để hướng dẫn xe cấp cứu vào tòa nhà."),
        ("5. Sử dụng thiết bị điện",
         "Không sử dụng bếp điện, ấm siêu tốc, lò sưởi hoặc thiết bị nấu nướng tại bàn làm việc; các thiết bị này chỉ được dùng ở khu pantry. "
         "Nhân viên tắt màn hình, đèn bàn và rút sạc thiết bị cá nhân trước khi ra về. "
         "Ổ cắm, dây điện hư hỏng phải báo cho Phòng Hành chính để thay thế, không tự sửa chữa."),
        ("6. Công thái học và khu vực hạn chế",
         "Nhân viên có thể yêu cầu Phòng Hành chính kiểm tra tư thế làm việc và đề xuất ghế, giá đỡ màn hình hoặc bàn đứng phù hợp. "
         "Công ty khuyến khích nghỉ mắt 5 phút sau mỗi giờ làm việc với máy tính. "
         "Phòng máy chủ là khu vực hạn chế, chỉ nhân viên IT được cấp quyền mới được vào và khách phải có nhân viên IT đi cùng."),
    ]),
]

# ---------------------------------------------------------------------------
# Question–answer pairs: (passage_id, question, answer, evidence)
# `evidence` must be an exact substring of the passage text (checked below).
# ---------------------------------------------------------------------------
QA = [
    # --- Quy định nghỉ phép ---
    ("nghi-phep-01", "Mình muốn xem còn bao nhiêu ngày phép thì xem ở đâu, bao giờ số liệu được cập nhật?",
     "Số ngày phép còn lại do Phòng Nhân sự theo dõi và cập nhật trên SH-Portal vào ngày làm việc đầu tiên của mỗi tháng.",
     "cập nhật trên SH-Portal vào ngày làm việc đầu tiên của mỗi tháng"),
    ("nghi-phep-01", "Xin nghỉ thì dùng biểu mẫu nào và làm trên hệ thống gì ạ?",
     "Đơn nghỉ được tạo và phê duyệt trên cổng thông tin nhân sự SH-Portal bằng mẫu NP-01.",
     "Mọi đơn nghỉ được tạo và phê duyệt trên cổng thông tin nhân sự SH-Portal bằng mẫu NP-01."),
    ("nghi-phep-02", "Một năm công ty cho nhân viên nghỉ phép có lương bao nhiêu ngày?",
     "Nhân viên chính thức làm đủ 12 tháng có 15 ngày phép năm hưởng nguyên lương.",
     "được hưởng 15 ngày phép năm có hưởng nguyên lương"),
    ("nghi-phep-02", "Em mới vào được 4 tháng thì đã có bao nhiêu ngày phép rồi ạ?",
     "Người làm chưa đủ 12 tháng được tính 1,25 ngày phép cho mỗi tháng làm việc, nên sau 4 tháng em có 5 ngày phép.",
     "được tính 1,25 ngày phép cho mỗi tháng làm việc"),
    ("nghi-phep-02", "Làm lâu năm ở công ty thì có được thêm ngày phép không?",
     "Có. Cứ đủ 5 năm làm việc liên tục tại công ty, nhân viên được cộng thêm 1 ngày phép năm.",
     "Cứ đủ 5 năm làm việc liên tục tại công ty, nhân viên được cộng thêm 1 ngày phép năm."),
    ("nghi-phep-02", "Mấy tháng thử việc có được tính vào thâm niên để tính phép không?",
     "Có. Sau khi ký hợp đồng chính thức, thời gian thử việc được tính vào thời gian làm việc để xác định số ngày phép.",
     "Thời gian thử việc được tính vào thời gian làm việc để xác định số ngày phép"),
    ("nghi-phep-03", "Tôi định nghỉ 4 ngày đi du lịch cuối tháng, phải xin trước bao lâu?",
     "Nghỉ từ 3 ngày trở lên thì phải gửi đơn NP-01 trên SH-Portal trước ít nhất 7 ngày làm việc.",
     "trước ít nhất 7 ngày làm việc nếu nghỉ từ 3 ngày trở lên"),
    ("nghi-phep-03", "Nghỉ 1 ngày thì báo trước mấy hôm là được?",
     "Nghỉ từ 1 đến 2 ngày cần gửi đơn trước ít nhất 3 ngày làm việc.",
     "trước ít nhất 3 ngày làm việc nếu nghỉ từ 1 đến 2 ngày"),
    ("nghi-phep-03", "Đơn nghỉ liền một tuần rưỡi thì những ai phải duyệt?",
     "Ngoài quản lý trực tiếp, đơn nghỉ liên tục trên 5 ngày làm việc cần thêm phê duyệt của trưởng phòng.",
     "Đơn nghỉ liên tục trên 5 ngày làm việc cần thêm sự phê duyệt của trưởng phòng."),
    ("nghi-phep-03", "Có xin nghỉ phép mỗi buổi chiều thôi được không?",
     "Được, phép năm có thể nghỉ theo đơn vị nửa ngày.",
     "Phép năm có thể nghỉ theo đơn vị nửa ngày."),
    ("nghi-phep-03", "Gửi đơn xin nghỉ rồi thì bao lâu sếp phải trả lời?",
     "Quản lý trực tiếp phải phê duyệt hoặc từ chối trong vòng 2 ngày làm việc kể từ khi nhận đơn.",
     "phê duyệt hoặc từ chối trong vòng 2 ngày làm việc kể từ khi nhận đơn"),
    ("nghi-phep-04", "Sáng nay em bị sốt không đi làm được, phải báo sếp thế nào ạ?",
     "Em báo cho quản lý trực tiếp trước 9h00 qua điện thoại hoặc tin nhắn SH Chat, rồi bổ sung đơn NP-01 chậm nhất 2 ngày làm việc sau khi đi làm lại.",
     "phải báo cho quản lý trực tiếp trước 9h00 của ngày nghỉ bằng điện thoại hoặc tin nhắn trên SH Chat"),
    ("nghi-phep-04", "Ốm mấy ngày thì cần giấy của bác sĩ?",
     "Nghỉ ốm từ 3 ngày làm việc liên tiếp trở lên phải nộp kèm giấy xác nhận của cơ sở y tế.",
     "Nghỉ ốm từ 3 ngày làm việc liên tiếp trở lên phải nộp kèm giấy xác nhận của cơ sở y tế."),
    ("nghi-phep-04", "Nếu hết phép năm rồi mà vẫn bị ốm phải nghỉ thì sao?",
     "Khi đã hết phép năm, Phòng Nhân sự sẽ hướng dẫn bạn làm hồ sơ hưởng chế độ ốm đau theo bảo hiểm xã hội.",
     "khi đã hết phép năm, Phòng Nhân sự hướng dẫn nhân viên làm hồ sơ hưởng chế độ ốm đau theo bảo hiểm xã hội"),
    ("nghi-phep-05", "Cuối năm mà còn dư 8 ngày phép thì có được giữ lại hết không?",
     "Không, chỉ được chuyển tối đa 5 ngày sang năm sau và phải dùng trước ngày 31/3.",
     "được chuyển sang năm sau tối đa 5 ngày"),
    ("nghi-phep-05", "Phép năm ngoái chuyển sang thì hạn dùng đến bao giờ?",
     "Phải dùng trước ngày 31/3 của năm sau, quá hạn thì số phép đó tự động bị hủy.",
     "phải được sử dụng trước ngày 31/3 của năm sau, quá thời hạn này sẽ tự động bị hủy"),
    ("nghi-phep-05", "Không nghỉ hết phép thì công ty có trả tiền cho những ngày đó không?",
     "Không, công ty chỉ thanh toán tiền phép chưa dùng khi nhân viên nghỉ việc.",
     "Công ty không thanh toán tiền cho những ngày phép chưa sử dụng, trừ trường hợp nhân viên nghỉ việc."),
    ("nghi-phep-06", "Tháng sau tôi cưới, được nghỉ mấy ngày có lương?",
     "Bản thân kết hôn được nghỉ 3 ngày hưởng nguyên lương.",
     "bản thân kết hôn được nghỉ 3 ngày"),
    ("nghi-phep-06", "Ông nội em mất, em được nghỉ bao nhiêu ngày ạ?",
     "Trường hợp ông bà mất, em được nghỉ 1 ngày có hưởng lương.",
     "Trường hợp ông bà hoặc anh chị em ruột mất, nhân viên được nghỉ 1 ngày có hưởng lương."),
    ("nghi-phep-06", "Giấy đăng ký kết hôn để hưởng ngày nghỉ cưới thì nộp cho ai, hạn bao lâu?",
     "Nộp cho Phòng Nhân sự trong vòng 5 ngày làm việc sau khi đi làm lại.",
     "Giấy tờ chứng minh được nộp cho Phòng Nhân sự trong vòng 5 ngày làm việc sau khi đi làm lại."),
    ("nghi-phep-07", "Đã hết sạch phép mà muốn nghỉ thêm một thời gian để chăm mẹ ốm thì có được không?",
     "Bạn có thể đề nghị nghỉ không hưởng lương, tổng cộng không quá 30 ngày trong một năm.",
     "tổng cộng không quá 30 ngày trong một năm"),
    ("nghi-phep-07", "Nghỉ không lương thì ai ký duyệt?",
     "Đơn nghỉ không hưởng lương phải được trưởng phòng và Giám đốc Nhân sự phê duyệt.",
     "phải được trưởng phòng và Giám đốc Nhân sự phê duyệt"),
    ("nghi-phep-08", "Ngoài lễ Tết, công ty có ngày nghỉ riêng nào không?",
     "Có, toàn công ty nghỉ có hưởng lương vào ngày 15/9 là ngày thành lập công ty; mỗi người còn được nghỉ thêm 1 ngày trong tháng sinh nhật.",
     "toàn công ty được nghỉ có hưởng lương vào ngày 15/9, ngày thành lập công ty"),
    ("nghi-phep-08", "Sinh nhật mình tháng 5 mà tháng đó bận quá, để sang tháng 6 mới nghỉ được không?",
     "Không được, ngày nghỉ sinh nhật phải dùng trong tháng sinh nhật và không chuyển sang tháng khác.",
     "ngày nghỉ này không được chuyển sang tháng khác"),
    ("nghi-phep-08", "Khi nào thì biết lịch nghỉ Tết năm sau?",
     "Phòng Nhân sự công bố lịch nghỉ lễ, Tết trên SH-Portal trong tháng 12 của năm trước.",
     "do Phòng Nhân sự công bố trên SH-Portal trong tháng 12 của năm trước"),

    # --- Chính sách thai sản và chăm sóc con nhỏ ---
    ("thai-san-01", "Em đang mang bầu, em cần báo công ty trước bao lâu trước khi nghỉ sinh ạ?",
     "Em thông báo dự kiến ngày sinh cho quản lý trực tiếp và Phòng Nhân sự trước ít nhất 30 ngày so với ngày bắt đầu nghỉ sinh.",
     "trước ít nhất 30 ngày so với ngày bắt đầu nghỉ sinh"),
    ("thai-san-01", "Sinh xong thì nộp giấy chứng sinh vào đâu, hạn mấy ngày?",
     "Trong vòng 15 ngày kể từ ngày sinh, gửi mẫu TS-01 kèm bản sao giấy chứng sinh qua SH-Portal.",
     "Trong vòng 15 ngày kể từ ngày sinh, nhân viên gửi mẫu TS-01 kèm bản sao giấy chứng sinh qua SH-Portal."),
    ("thai-san-02", "Đi khám thai có bị trừ vào phép không chị?",
     "Không. Ngày nghỉ khám thai được hưởng nguyên lương và không trừ vào phép năm.",
     "Ngày nghỉ khám thai không trừ vào phép năm."),
    ("thai-san-02", "Trong thai kỳ được nghỉ đi khám mấy lần?",
     "Được nghỉ 5 lần đi khám thai, mỗi lần 1 ngày, có hưởng nguyên lương.",
     "được nghỉ 5 lần đi khám thai, mỗi lần 1 ngày"),
    ("thai-san-03", "Công ty có hỗ trợ tiền khi nhân viên sinh em bé không?",
     "Có, ngoài chế độ bảo hiểm xã hội, công ty tặng trợ cấp sinh con 3.000.000 đồng cho mỗi con.",
     "công ty tặng nhân viên trợ cấp sinh con 3.000.000 đồng cho mỗi con"),
    ("thai-san-03", "Hai vợ chồng mình cùng làm ở công ty thì có được nhận trợ cấp sinh con hai lần không?",
     "Không, khi cả vợ và chồng đều làm tại công ty, trợ cấp chỉ được chi trả một lần cho mỗi con.",
     "trợ cấp chỉ được chi trả một lần cho mỗi con"),
    ("thai-san-04", "Vợ tôi sắp sinh, tôi được nghỉ mấy ngày?",
     "Nhân viên nam có vợ sinh con được nghỉ 5 ngày làm việc hưởng nguyên lương.",
     "Nhân viên nam có vợ sinh con được công ty cho nghỉ 5 ngày làm việc hưởng nguyên lương."),
    ("thai-san-04", "Vợ anh phải mổ đẻ, anh có được nghỉ nhiều hơn không?",
     "Có, trường hợp vợ phải sinh mổ thì số ngày nghỉ là 10 ngày làm việc.",
     "Trường hợp vợ sinh đôi trở lên hoặc phải sinh mổ, số ngày nghỉ là 10 ngày làm việc."),
    ("thai-san-04", "Ngày nghỉ khi vợ sinh có bắt buộc phải nghỉ liền một lần không?",
     "Không bắt buộc; có thể chia thành nhiều đợt nhưng phải dùng trong vòng 30 ngày kể từ ngày sinh.",
     "phải được sử dụng trong vòng 30 ngày kể từ ngày sinh và có thể chia thành nhiều đợt"),
    ("thai-san-05", "Em mới đi làm lại sau sinh, bé được 7 tháng, em có được về sớm hơn không?",
     "Có, nuôi con dưới 12 tháng tuổi được nghỉ 60 phút mỗi ngày mà vẫn hưởng nguyên lương, có thể dùng để đến muộn hoặc về sớm.",
     "nhân viên nuôi con dưới 12 tháng tuổi được nghỉ 60 phút mỗi ngày trong giờ làm việc mà vẫn hưởng nguyên lương"),
    ("thai-san-05", "Văn phòng Đà Nẵng có chỗ hút sữa cho mẹ bỉm không?",
     "Có, phòng vắt sữa nằm ở tầng 3 chi nhánh Đà Nẵng và có tủ lạnh riêng để bảo quản sữa.",
     "tầng 3 chi nhánh Đà Nẵng"),
    ("thai-san-06", "Sau sinh đi làm lại, em được làm ở nhà mấy ngày một tuần?",
     "Trong 6 tháng đầu sau khi quay lại, em được làm việc từ xa tối đa 3 ngày mỗi tuần.",
     "được làm việc từ xa tối đa 3 ngày mỗi tuần"),
    ("thai-san-06", "Tôi vừa nhận nuôi một bé 4 tháng tuổi, có được làm từ xa nhiều hơn như nhân viên sau sinh không?",
     "Có, quyền lợi làm việc từ xa sau sinh cũng áp dụng cho nhân viên nhận con nuôi dưới 6 tháng tuổi.",
     "Quyền lợi này cũng áp dụng cho nhân viên nhận con nuôi dưới 6 tháng tuổi."),

    # --- Quy định làm thêm giờ ---
    ("lam-them-01", "Tối nay cần ở lại làm thêm, em phải đăng ký trước mấy giờ?",
     "Với ngày làm việc bình thường, đơn LTG-01 phải gửi trên SH-Portal trước 15h00 của chính ngày đó.",
     "đơn phải gửi trước 15h00 của chính ngày đó"),
    ("lam-them-01", "Thứ Bảy này cả nhóm phải tăng ca thì hạn chót đăng ký là khi nào?",
     "Làm thêm vào thứ Bảy, Chủ nhật phải gửi đơn trước 17h00 thứ Năm của tuần đó.",
     "đơn phải gửi trước 17h00 thứ Năm của tuần đó"),
    ("lam-them-01", "Hôm qua tôi ngồi lại công ty đến 8 giờ tối nhưng quên đăng ký, có được tính tăng ca không?",
     "Không, thời gian ở lại văn phòng mà không đăng ký sẽ không được tính là làm thêm giờ.",
     "Thời gian ở lại văn phòng không đăng ký sẽ không được tính là làm thêm giờ."),
    ("lam-them-02", "Một tháng được tăng ca tối đa bao nhiêu tiếng?",
     "Không quá 40 giờ trong một tháng, đồng thời không quá 4 giờ mỗi ngày thường và 200 giờ mỗi năm.",
     "không quá 40 giờ trong một tháng"),
    ("lam-them-02", "Cả năm làm thêm nhiều nhất được bao nhiêu giờ?",
     "Tối đa 200 giờ trong một năm.",
     "không quá 200 giờ trong một năm"),
    ("lam-them-02", "Khi nào SH-Portal báo cảnh báo về giờ làm thêm?",
     "Hệ thống tự động cảnh báo khi số giờ làm thêm trong tháng đạt 32 giờ.",
     "tự động cảnh báo khi số giờ làm thêm trong tháng đạt 32 giờ"),
    ("lam-them-03", "Làm thêm Chủ nhật thì được trả bao nhiêu phần trăm lương?",
     "Làm thêm vào ngày nghỉ hằng tuần được trả 200% lương giờ cơ bản.",
     "ngày nghỉ hằng tuần được trả 200%"),
    ("lam-them-03", "Đi làm thêm vào ngày lễ Quốc khánh thì tính lương thế nào?",
     "Làm thêm vào ngày lễ, Tết được trả 300% lương giờ cơ bản.",
     "ngày lễ, Tết được trả 300%"),
    ("lam-them-03", "Nếu làm thêm tới 11 giờ đêm thì có được cộng gì thêm không?",
     "Có, phần làm thêm từ 22h00 đến 6h00 sáng hôm sau được cộng thêm 30% lương giờ cơ bản.",
     "được cộng thêm 30% lương giờ cơ bản"),
    ("lam-them-03", "Tiền tăng ca tháng này bao giờ mới được nhận?",
     "Tiền làm thêm giờ được thanh toán cùng kỳ lương của tháng kế tiếp.",
     "Tiền làm thêm giờ được thanh toán cùng kỳ lương của tháng kế tiếp."),
    ("lam-them-04", "Thay vì lấy tiền làm thêm, mình xin nghỉ bù được không?",
     "Được, với tỷ lệ 1 giờ làm thêm đổi 1 giờ nghỉ bù; lựa chọn này phải đánh dấu khi đăng ký mẫu LTG-01.",
     "với tỷ lệ 1 giờ làm thêm đổi 1 giờ nghỉ bù"),
    ("lam-them-04", "Giờ nghỉ bù để lâu không dùng thì có bị mất không?",
     "Không mất hẳn: giờ nghỉ bù phải dùng trong 60 ngày, quá hạn sẽ được quy đổi thành tiền theo mức ngày thường.",
     "quá hạn sẽ được quy đổi thành tiền theo mức ngày thường"),
    ("lam-them-05", "Làm thêm buổi tối có được công ty cho tiền ăn không?",
     "Có, làm thêm từ 2 giờ trở lên sau giờ kết thúc làm việc được hỗ trợ tiền ăn tối 50.000 đồng mỗi lần.",
     "được hỗ trợ tiền ăn tối 50.000 đồng mỗi lần"),
    ("lam-them-05", "Tối qua em làm đến 22h, gọi xe công nghệ về nhà hết 230 nghìn, công ty trả hết không ạ?",
     "Khi kết thúc làm thêm sau 21h00, công ty thanh toán tiền xe về nhà tối đa 200.000 đồng mỗi lượt, nên em được thanh toán 200.000 đồng.",
     "tối đa 200.000 đồng mỗi lượt"),
    ("lam-them-06", "Em là trưởng nhóm, làm thêm có được tính tiền tăng ca không?",
     "Không, từ cấp trưởng nhóm trở lên không hưởng tiền làm thêm giờ mà được chi trả phụ cấp trách nhiệm hằng tháng.",
     "Nhân viên từ cấp trưởng nhóm trở lên không hưởng tiền làm thêm giờ"),
    ("lam-them-06", "Sau khi làm thêm thì ai xác nhận số giờ, trong bao lâu?",
     "Quản lý trực tiếp xác nhận số giờ thực tế trên SH-Portal trong vòng 3 ngày làm việc.",
     "quản lý trực tiếp xác nhận số giờ thực tế trên SH-Portal trong vòng 3 ngày làm việc"),

    # --- Quy định làm việc từ xa ---
    ("tu-xa-01", "Mỗi tuần được làm việc ở nhà mấy ngày?",
     "Nhân viên chính thức đủ điều kiện được làm việc từ xa tối đa 2 ngày mỗi tuần.",
     "được làm việc từ xa tối đa 2 ngày mỗi tuần"),
    ("tu-xa-01", "Có thể đăng ký làm ở nhà vào thứ Ba không?",
     "Không, thứ Ba là ngày toàn công ty làm việc tại văn phòng.",
     "Thứ Ba hằng tuần là ngày toàn công ty làm việc tại văn phòng"),
    ("tu-xa-01", "Tuần này không làm từ xa ngày nào thì tuần sau có được làm 4 ngày không?",
     "Không, số ngày làm việc từ xa không dùng hết trong tuần không được cộng dồn sang tuần sau.",
     "không được cộng dồn sang tuần sau"),
    ("tu-xa-02", "Muốn làm việc ở nhà ngày mai thì phải đăng ký trước mấy giờ?",
     "Đăng ký mẫu TX-01 trên SH-Portal trước 17h00 của ngày làm việc liền trước.",
     "trước 17h00 của ngày làm việc liền trước"),
    ("tu-xa-02", "Sáng nay con em ốm bất ngờ, em xin làm ở nhà luôn hôm nay được không?",
     "Được nếu quản lý đồng ý qua SH Chat; trường hợp đột xuất có thể đăng ký trước 8h30 cùng ngày.",
     "có thể đăng ký trước 8h30 cùng ngày nếu được quản lý đồng ý qua SH Chat"),
    ("tu-xa-03", "Làm ở nhà thì có cần trả lời tin nhắn ngay không?",
     "Trong giờ lõi 9h00–16h30, bạn phải trực tuyến trên SH Chat và phản hồi tin nhắn công việc trong vòng 30 phút.",
     "phản hồi tin nhắn công việc trong vòng 30 phút"),
    ("tu-xa-03", "Nhà em mất mạng cả tiếng khi đang làm từ xa thì phải làm gì?",
     "Mất kết nối quá 30 phút thì phải báo ngay cho quản lý và chuyển sang làm tại văn phòng nếu cần.",
     "Trường hợp mất kết nối quá 30 phút, nhân viên phải báo ngay cho quản lý"),
    ("tu-xa-04", "Ra quán cà phê làm việc thì dùng wifi của quán được không?",
     "Chỉ được dùng Wi-Fi công cộng khi đã bật VPN, và phải dùng máy tính do công ty cấp.",
     "Không sử dụng Wi-Fi công cộng nếu chưa bật VPN"),
    ("tu-xa-04", "Tôi in tài liệu mật ở nhà để đọc cho tiện có được không?",
     "Không, tài liệu được đánh dấu “Mật” không được in tại nhà.",
     "không in tài liệu được đánh dấu “Mật” tại nhà"),
    ("tu-xa-05", "Làm việc từ xa có được hỗ trợ tiền mạng không?",
     "Có, nếu làm từ xa ít nhất 4 ngày trong tháng thì được hỗ trợ 300.000 đồng tiền internet.",
     "Nhân viên làm việc từ xa ít nhất 4 ngày trong tháng được hỗ trợ 300.000 đồng tiền internet"),
    ("tu-xa-05", "Mình muốn mua cái ghế tốt để làm ở nhà, công ty có hỗ trợ không?",
     "Có, công ty hỗ trợ một lần 2.000.000 đồng để mua bàn, ghế hoặc màn hình, thanh toán theo hóa đơn qua mẫu CTP-02.",
     "được hỗ trợ một lần 2.000.000 đồng để mua bàn, ghế hoặc màn hình"),
    ("tu-xa-05", "Tiền điện ở nhà khi làm từ xa có được thanh toán không?",
     "Không, chi phí điện, nước tại nhà không được hỗ trợ.",
     "Các chi phí điện, nước tại nhà không được hỗ trợ."),
    ("tu-xa-06", "Tôi muốn làm từ xa hẳn vì chuyển về quê, có được không?",
     "Làm việc từ xa toàn thời gian chỉ áp dụng trong trường hợp đặc biệt, phải được Giám đốc khối phê duyệt và xem xét lại sau mỗi 6 tháng.",
     "phải được Giám đốc khối phê duyệt và được xem xét lại sau mỗi 6 tháng"),
    ("tu-xa-06", "Nếu làm ở nhà mà không liên lạc được thì bị xử lý sao?",
     "Vi phạm 2 lần trong một quý sẽ bị tạm dừng quyền làm việc từ xa trong 3 tháng.",
     "sẽ bị tạm dừng quyền làm việc từ xa trong 3 tháng"),

    # --- Quy định tạm ứng và hoàn ứng chi phí ---
    ("hoan-ung-01", "Tuần sau đi khảo sát khách hàng, muốn ứng trước tiền thì làm sao?",
     "Lập mẫu CTP-01 trên SH-Portal và gửi trước ngày cần tiền ít nhất 5 ngày làm việc.",
     "gửi trước ngày cần tiền ít nhất 5 ngày làm việc"),
    ("hoan-ung-01", "Dự toán chuyến đi 10 triệu thì được tạm ứng tối đa bao nhiêu?",
     "Tối đa 80% dự toán đã duyệt, tức 8.000.000 đồng.",
     "Số tiền tạm ứng tối đa bằng 80% dự toán chi phí đã được duyệt."),
    ("hoan-ung-01", "Duyệt tạm ứng rồi thì mấy ngày có tiền?",
     "Phòng Kế toán chuyển khoản trong vòng 3 ngày làm việc sau khi đề nghị được phê duyệt.",
     "trong vòng 3 ngày làm việc sau khi đề nghị được phê duyệt"),
    ("hoan-ung-02", "Khoản chi 12 triệu mua thiết bị cho dự án thì ai duyệt?",
     "Khoản chi từ 5.000.000 đến 20.000.000 đồng do trưởng phòng phê duyệt.",
     "Khoản chi từ 5.000.000 đồng đến 20.000.000 đồng do trưởng phòng phê duyệt."),
    ("hoan-ung-02", "Chi phí 25 triệu thì cần ai ký?",
     "Khoản chi trên 20.000.000 đồng phải được Giám đốc Tài chính phê duyệt trước khi thực hiện.",
     "Khoản chi trên 20.000.000 đồng phải được Giám đốc Tài chính phê duyệt trước khi thực hiện."),
    ("hoan-ung-02", "Mua văn phòng phẩm hết 800 nghìn thì chỉ cần quản lý trực tiếp duyệt là đủ phải không?",
     "Đúng, khoản chi dưới 5.000.000 đồng do quản lý trực tiếp phê duyệt.",
     "Khoản chi dưới 5.000.000 đồng do quản lý trực tiếp phê duyệt."),
    ("hoan-ung-03", "Đi công tác về thì trong bao lâu phải làm hồ sơ hoàn ứng?",
     "Trong vòng 10 ngày làm việc sau khi kết thúc chuyến công tác, lập mẫu CTP-02 trên SH-Portal.",
     "Trong vòng 10 ngày làm việc sau khi kết thúc công việc hoặc chuyến công tác"),
    ("hoan-ung-03", "Hóa đơn cần ghi thông tin gì thì mới được thanh toán?",
     "Hóa đơn điện tử phải ghi đúng tên, địa chỉ và mã số thuế của công ty.",
     "hóa đơn điện tử ghi đúng tên, địa chỉ và mã số thuế của công ty"),
    ("hoan-ung-03", "Nộp đủ chứng từ rồi thì khi nào kế toán trả tiền?",
     "Phòng Kế toán thanh toán trong vòng 7 ngày làm việc kể từ khi hồ sơ hợp lệ.",
     "trong vòng 7 ngày làm việc kể từ khi hồ sơ hợp lệ"),
    ("hoan-ung-04", "Tiền gửi xe 10 nghìn không có hóa đơn thì có được thanh toán không?",
     "Được, khoản chi dưới 200.000 đồng không có hóa đơn được chấp nhận với biên nhận hoặc ảnh chụp vé.",
     "được chấp nhận với biên nhận hoặc ảnh chụp vé"),
    ("hoan-ung-04", "Mỗi tháng được thanh toán tối đa bao nhiêu tiền chi không có hóa đơn?",
     "Không quá 1.000.000 đồng mỗi tháng cho một nhân viên.",
     "không vượt quá 1.000.000 đồng mỗi tháng cho một nhân viên"),
    ("hoan-ung-04", "Lỡ làm mất hóa đơn khách sạn thì phải làm sao?",
     "Bạn phải giải trình bằng văn bản và có xác nhận của quản lý trực tiếp.",
     "Hóa đơn bị mất phải được giải trình bằng văn bản và có xác nhận của quản lý trực tiếp."),
    ("hoan-ung-05", "Khoản ứng lần trước em chưa quyết toán, giờ xin ứng tiếp được không?",
     "Không, khi chưa hoàn ứng khoản tạm ứng trước đó thì sẽ không được tạm ứng khoản mới.",
     "sẽ không được tạm ứng khoản mới"),
    ("hoan-ung-05", "Để khoản tạm ứng quá hạn lâu thì có bị trừ lương không?",
     "Có, khoản tạm ứng quá hạn hoàn ứng trên 30 ngày sẽ bị trừ vào lương của kỳ trả lương gần nhất.",
     "Khoản tạm ứng quá hạn hoàn ứng trên 30 ngày sẽ được trừ vào lương của kỳ trả lương gần nhất."),
    ("hoan-ung-06", "Mời đối tác ăn trưa thì được chi tối đa bao nhiêu?",
     "Tối đa 600.000 đồng cho mỗi người tham dự, tính cả nhân viên công ty, và phải được quản lý trực tiếp duyệt trước.",
     "Mức chi tối đa là 600.000 đồng cho mỗi người tham dự, bao gồm cả nhân viên công ty."),
    ("hoan-ung-06", "Đi tiếp khách có uống bia thì tiền bia có được thanh toán không?",
     "Không, đồ uống có cồn không được thanh toán trừ khi Giám đốc khối chấp thuận trước.",
     "Chi phí đồ uống có cồn không được thanh toán, trừ khi Giám đốc khối chấp thuận trước."),

    # --- Quy định đi công tác ---
    ("cong-tac-01", "Đi công tác Sài Gòn thì phải xin phép trước mấy ngày?",
     "Công tác trong nước cần lập mẫu CT-01 trước ngày khởi hành ít nhất 5 ngày làm việc và do trưởng phòng phê duyệt.",
     "ít nhất 5 ngày làm việc đối với công tác trong nước"),
    ("cong-tac-01", "Chuyến đi Singapore gặp khách hàng cần ai duyệt?",
     "Công tác nước ngoài phải được Tổng Giám đốc phê duyệt và đăng ký trước ít nhất 15 ngày làm việc.",
     "công tác nước ngoài phải được Tổng Giám đốc phê duyệt"),
    ("cong-tac-02", "Đi công tác trong nước thì được phụ cấp mỗi ngày bao nhiêu?",
     "Phụ cấp lưu trú là 250.000 đồng mỗi ngày.",
     "phụ cấp lưu trú 250.000 đồng mỗi ngày khi công tác trong nước"),
    ("cong-tac-02", "Đi công tác Huế 3 ngày 2 đêm thì phụ cấp tính mấy ngày?",
     "Phụ cấp tính theo số ngày thực tế có mặt, kể cả ngày đi và ngày về, nên được 3 ngày, tổng 750.000 đồng.",
     "kể cả ngày đi và ngày về"),
    ("cong-tac-02", "Đi gặp khách ở chỗ cách văn phòng 30 km rồi về trong ngày thì có phụ cấp không?",
     "Không, công tác trong ngày tại nơi cách văn phòng dưới 50 km không được hưởng phụ cấp lưu trú.",
     "Công tác trong ngày tại nơi cách văn phòng dưới 50 km không được hưởng phụ cấp lưu trú."),
    ("cong-tac-02", "Công tác nước ngoài thì phụ cấp bao nhiêu một ngày?",
     "40 USD mỗi ngày.",
     "40 USD mỗi ngày khi công tác nước ngoài"),
    ("cong-tac-03", "Ở khách sạn tại Đà Nẵng được thanh toán tối đa bao nhiêu một đêm?",
     "Tối đa 1.000.000 đồng mỗi đêm tại Hà Nội, TP. Hồ Chí Minh và Đà Nẵng.",
     "tối đa 1.000.000 đồng mỗi đêm tại Hà Nội, TP. Hồ Chí Minh và Đà Nẵng"),
    ("cong-tac-03", "Đi Quy Nhơn ở khách sạn 850 nghìn một đêm thì phần dư ai trả?",
     "Định mức ở các tỉnh khác là 700.000 đồng mỗi đêm; phần vượt 150.000 đồng do bạn tự trả, trừ khi trưởng phòng chấp thuận bằng văn bản.",
     "Phần vượt định mức do nhân viên tự chi trả, trừ khi trưởng phòng chấp thuận bằng văn bản."),
    ("cong-tac-04", "Đi công tác Hà Nội – Đà Nẵng có được đi máy bay không, ai đặt vé?",
     "Có, chặng trên 300 km được đi máy bay hạng phổ thông và vé do Phòng Hành chính đặt sau khi đề nghị được duyệt.",
     "Với chặng đường trên 300 km, nhân viên được đi máy bay hạng phổ thông"),
    ("cong-tac-04", "Tiền taxi từ sân bay về khách sạn có được thanh toán không?",
     "Có, taxi hoặc xe công nghệ giữa sân bay, nhà ga và nơi ở được thanh toán theo thực tế có hóa đơn.",
     "được thanh toán theo thực tế có hóa đơn"),
    ("cong-tac-05", "Chủ nhật phải bay đi công tác để kịp họp sáng thứ Hai, có được bù ngày không?",
     "Có, bạn được nghỉ bù số ngày tương ứng, dùng trong vòng 30 ngày sau chuyến công tác và đăng ký bằng mẫu NP-01.",
     "nhân viên được nghỉ bù số ngày tương ứng"),
    ("cong-tac-05", "Đi công tác cuối tuần có được tính tiền làm thêm không?",
     "Không, thời gian này được nghỉ bù chứ không tính tiền làm thêm giờ.",
     "Thời gian này không được tính tiền làm thêm giờ."),
    ("cong-tac-06", "Đi công tác về phải nộp báo cáo cho ai, hạn khi nào?",
     "Gửi báo cáo kết quả công tác cho trưởng phòng trong vòng 5 ngày làm việc sau khi về.",
     "Trong vòng 5 ngày làm việc sau khi về, nhân viên gửi báo cáo kết quả công tác cho trưởng phòng."),
    ("cong-tac-06", "Đi công tác nước ngoài có phải tự mua bảo hiểm du lịch không?",
     "Không, công ty mua bảo hiểm du lịch cho nhân viên trong suốt chuyến đi.",
     "công ty mua bảo hiểm du lịch cho nhân viên trong suốt thời gian chuyến đi"),

    # --- Chính sách bảo hiểm và chăm sóc sức khỏe ---
    ("bao-hiem-01", "Khi nào công ty bắt đầu đóng bảo hiểm xã hội cho mình?",
     "Công ty tham gia bảo hiểm xã hội cho nhân viên kể từ tháng ký hợp đồng lao động chính thức.",
     "kể từ tháng ký hợp đồng lao động chính thức"),
    ("bao-hiem-01", "Tôi muốn đổi nơi khám chữa bệnh ban đầu thì phải báo trước ngày nào?",
     "Cập nhật thay đổi cho Phòng Nhân sự trước ngày 20 hằng tháng.",
     "cho Phòng Nhân sự trước ngày 20 hằng tháng"),
    ("bao-hiem-02", "Bảo hiểm sức khỏe của công ty chi trả nằm viện tối đa bao nhiêu?",
     "SH Care chi trả điều trị nội trú tối đa 100.000.000 đồng mỗi năm.",
     "Quyền lợi điều trị nội trú tối đa 100.000.000 đồng mỗi năm"),
    ("bao-hiem-02", "Đi nhổ răng khôn thì bảo hiểm công ty trả được bao nhiêu?",
     "Quyền lợi nha khoa của SH Care tối đa 2.000.000 đồng mỗi năm.",
     "nha khoa tối đa 2.000.000 đồng mỗi năm"),
    ("bao-hiem-02", "Em ký hợp đồng chính thức ngày 12/3 thì thẻ SH Care có hiệu lực từ bao giờ?",
     "SH Care có hiệu lực từ ngày đầu tiên của tháng kế tiếp, tức là từ ngày 1/4.",
     "có hiệu lực từ ngày đầu tiên của tháng kế tiếp sau khi ký hợp đồng chính thức"),
    ("bao-hiem-03", "Có mua được bảo hiểm SH Care cho con mình không?",
     "Được, và công ty hỗ trợ 50% phí bảo hiểm cho con dưới 18 tuổi.",
     "Công ty hỗ trợ 50% phí bảo hiểm cho con dưới 18 tuổi"),
    ("bao-hiem-03", "Mình mới cưới tháng 7, giờ đăng ký bảo hiểm cho vợ được luôn không hay phải đợi tháng 1?",
     "Được, bạn có thể đăng ký trong vòng 30 ngày kể từ khi kết hôn; phí cho vợ do bạn tự trả và khấu trừ qua lương.",
     "trong vòng 30 ngày kể từ khi kết hôn hoặc sinh con"),
    ("bao-hiem-04", "Khám ở phòng khám không bảo lãnh, tự trả tiền rồi thì đòi lại thế nào?",
     "Gửi yêu cầu bồi thường qua ứng dụng của công ty bảo hiểm trong vòng 60 ngày kể từ ngày kết thúc điều trị, kèm hóa đơn, đơn thuốc và kết quả khám.",
     "trong vòng 60 ngày kể từ ngày kết thúc điều trị"),
    ("bao-hiem-04", "Hồ sơ bồi thường nộp 3 tuần rồi chưa thấy gì, hỏi ai?",
     "Nếu hồ sơ chậm xử lý quá 15 ngày làm việc, liên hệ Phòng Nhân sự qua số máy lẻ 205.",
     "liên hệ Phòng Nhân sự qua số máy lẻ 205"),
    ("bao-hiem-05", "Công ty có tổ chức khám sức khỏe cho nhân viên hằng năm không?",
     "Có, công ty tổ chức khám miễn phí mỗi năm một lần vào tháng 6 tại bệnh viện đối tác ở Hà Nội và Đà Nẵng.",
     "mỗi năm một lần vào tháng 6"),
    ("bao-hiem-05", "Đợt khám tháng 6 em đi công tác, em tự đi khám thì được hoàn bao nhiêu?",
     "Em được hoàn tối đa 1.500.000 đồng, hồ sơ nộp trước ngày 31/12 cùng năm.",
     "được hoàn tối đa 1.500.000 đồng"),
    ("bao-hiem-06", "Công ty có tiêm phòng cúm cho nhân viên không?",
     "Có, mỗi tháng 10 công ty tổ chức tiêm vắc-xin cúm miễn phí tại văn phòng; cần đăng ký trước trên SH-Portal.",
     "Mỗi tháng 10, công ty tổ chức tiêm vắc-xin cúm miễn phí cho nhân viên tại văn phòng"),
    ("bao-hiem-06", "Dạo này em căng thẳng quá, công ty có hỗ trợ tư vấn tâm lý không ạ?",
     "Có, em được tham gia miễn phí tối đa 6 buổi tư vấn tâm lý trực tuyến mỗi năm và thông tin được giữ bí mật.",
     "tối đa 6 buổi mỗi năm"),
    ("bao-hiem-06", "Tham gia câu lạc bộ chạy bộ của công ty có được hỗ trợ gì không?",
     "Câu lạc bộ thể thao được hỗ trợ 100.000 đồng mỗi thành viên mỗi tháng.",
     "hỗ trợ 100.000 đồng mỗi thành viên mỗi tháng"),

    # --- Quy chế lương, thưởng và phụ cấp ---
    ("luong-thuong-01", "Ngày mấy thì có lương?",
     "Lương được trả vào ngày 5 của tháng kế tiếp bằng chuyển khoản.",
     "được trả vào ngày 5 của tháng kế tiếp bằng chuyển khoản"),
    ("luong-thuong-01", "Nếu ngày 5 rơi vào Chủ nhật thì lương trả hôm nào?",
     "Khi đó lương được trả vào ngày làm việc liền trước.",
     "lương được trả vào ngày làm việc liền trước"),
    ("luong-thuong-01", "Xem phiếu lương ở đâu vậy?",
     "Phiếu lương điện tử được gửi lên SH-Portal vào ngày 3 hằng tháng.",
     "Phiếu lương điện tử được gửi lên SH-Portal vào ngày 3 hằng tháng."),
    ("luong-thuong-02", "Thấy lương tháng này bị thiếu, em khiếu nại trong bao lâu?",
     "Gửi yêu cầu cho Phòng Nhân sự qua SH-Portal trong vòng 5 ngày làm việc kể từ ngày nhận lương.",
     "trong vòng 5 ngày làm việc kể từ ngày nhận lương"),
    ("luong-thuong-02", "Có được nói lương của mình cho đồng nghiệp biết không?",
     "Không, thông tin lương là bảo mật và nhân viên không được tiết lộ lương của mình hoặc của người khác.",
     "nhân viên không được tiết lộ lương của mình hoặc của người khác"),
    ("luong-thuong-03", "Tiền ăn trưa mỗi tháng được bao nhiêu?",
     "Phụ cấp ăn trưa là 730.000 đồng mỗi tháng.",
     "phụ cấp ăn trưa 730.000 đồng mỗi tháng"),
    ("luong-thuong-03", "Em đang thử việc thì có được phụ cấp gửi xe không?",
     "Có, tất cả nhân viên kể cả thử việc đều được phụ cấp gửi xe 150.000 đồng mỗi tháng.",
     "phụ cấp gửi xe 150.000 đồng mỗi tháng"),
    ("luong-thuong-03", "Lên trưởng nhóm thì phụ cấp trách nhiệm bao nhiêu?",
     "Phụ cấp trách nhiệm của trưởng nhóm là 1.500.000 đồng mỗi tháng.",
     "trưởng nhóm là 1.500.000 đồng mỗi tháng"),
    ("luong-thuong-04", "Em vào công ty từ tháng 7 thì cuối năm có lương tháng 13 không?",
     "Có, người làm chưa đủ 12 tháng được nhận lương tháng 13 theo tỷ lệ số tháng làm việc thực tế.",
     "Người làm việc chưa đủ 12 tháng được nhận theo tỷ lệ số tháng làm việc thực tế."),
    ("luong-thuong-04", "Đã nộp đơn nghỉ việc rồi thì còn được thưởng tháng 13 không?",
     "Không, nhân viên đã nộp đơn nghỉ việc tại thời điểm chi trả sẽ không được nhận lương tháng 13.",
     "nhân viên đã nộp đơn nghỉ việc tại thời điểm chi trả sẽ không được nhận khoản này"),
    ("luong-thuong-05", "Xếp loại B cuối năm thì được thưởng mấy tháng lương?",
     "Loại B được thưởng 1 tháng lương cơ bản.",
     "loại B được 1 tháng"),
    ("luong-thuong-05", "Thưởng hiệu suất trả vào lúc nào?",
     "Thưởng hiệu suất được chi trả cùng kỳ lương tháng 3 của năm sau.",
     "Thưởng hiệu suất được chi trả cùng kỳ lương tháng 3 của năm sau."),
    ("luong-thuong-05", "Tôi vào làm giữa tháng 10 thì năm nay có được xếp loại đánh giá không?",
     "Không, nhân viên vào làm sau ngày 1/10 chưa được xếp loại trong năm đó.",
     "Nhân viên vào làm sau ngày 1/10 chưa được xếp loại trong năm đó."),
    ("luong-thuong-06", "Bao giờ thì công ty xét tăng lương?",
     "Mỗi năm một lần vào tháng 4, dựa trên kết quả đánh giá cuối năm trước và mức lương thị trường.",
     "mỗi năm một lần vào tháng 4"),
    ("luong-thuong-06", "Tăng lương nhiều nhất được bao nhiêu phần trăm?",
     "Mức tăng dao động từ 0% đến 15% lương cơ bản.",
     "Mức tăng dao động từ 0% đến 15% lương cơ bản."),
    ("luong-thuong-06", "Được thăng chức vào tháng 8 thì lương mới tính từ tháng nào?",
     "Lương mới được áp dụng từ tháng có quyết định bổ nhiệm.",
     "lương mới được áp dụng từ tháng có quyết định bổ nhiệm"),
    ("luong-thuong-07", "Giới thiệu bạn vào làm thì được thưởng bao nhiêu?",
     "Bạn nhận 5.000.000 đồng sau khi ứng viên hoàn thành thử việc, hoặc 10.000.000 đồng nếu là vị trí kỹ sư cao cấp hoặc quản lý.",
     "sẽ nhận thưởng 5.000.000 đồng sau khi ứng viên hoàn thành thử việc"),
    ("luong-thuong-07", "Mình làm ở phòng Nhân sự, giới thiệu người quen vào có được thưởng không?",
     "Không, thưởng giới thiệu ứng viên không áp dụng cho nhân viên Phòng Nhân sự.",
     "Thưởng không áp dụng cho trưởng phòng giới thiệu ứng viên vào chính phòng mình và cho nhân viên Phòng Nhân sự."),

    # --- Quy định thời giờ làm việc và chấm công ---
    ("cham-cong-01", "Giờ làm việc của công ty là mấy giờ?",
     "Công ty làm từ thứ Hai đến thứ Sáu, mỗi ngày 8 giờ, nghỉ trưa 12h00–13h00, giờ bắt đầu linh hoạt trong khoảng 8h00 đến 9h00.",
     "Nhân viên được chọn giờ bắt đầu linh hoạt trong khoảng 8h00 đến 9h00"),
    ("cham-cong-01", "Em đến lúc 8h45 thì mấy giờ được về?",
     "Em kết thúc sau khi làm đủ 8 giờ, cộng thêm 1 tiếng nghỉ trưa, tức là từ 17h45.",
     "kết thúc sau khi làm đủ 8 giờ"),
    ("cham-cong-01", "Giờ lõi là gì vậy?",
     "Giờ lõi là khung từ 9h00 đến 16h30, khi mọi nhân viên phải có mặt hoặc trực tuyến.",
     "Khung giờ lõi từ 9h00 đến 16h30 là thời gian mọi nhân viên phải có mặt hoặc trực tuyến."),
    ("cham-cong-02", "Đi gặp khách cả ngày không qua văn phòng thì chấm công kiểu gì?",
     "Chấm công bằng ứng dụng SH-Portal trên điện thoại có bật định vị.",
     "chấm công bằng ứng dụng SH-Portal trên điện thoại có bật định vị"),
    ("cham-cong-02", "Chấm công xong bao lâu thì thấy dữ liệu trên hệ thống?",
     "Dữ liệu được đồng bộ lên SH-Portal trước 10h00 ngày hôm sau.",
     "Dữ liệu chấm công được đồng bộ lên SH-Portal trước 10h00 ngày hôm sau."),
    ("cham-cong-03", "Mấy giờ thì bị tính là đi muộn?",
     "Bắt đầu làm việc sau 9h00 thì được ghi nhận là đi muộn.",
     "Nhân viên bắt đầu làm việc sau 9h00 được ghi nhận là đi muộn"),
    ("cham-cong-03", "Tháng này em đi muộn 4 lần rồi, có sao không ạ?",
     "Mỗi tháng chỉ được đi muộn hoặc về sớm không quá 3 lần; từ lần thứ tư, mỗi lần bị trừ 0,5 ngày công.",
     "Từ lần thứ tư trở đi, mỗi lần vi phạm bị trừ 0,5 ngày công."),
    ("cham-cong-04", "Hôm qua quên quẹt thẻ lúc về thì phải làm gì?",
     "Giải trình bằng mẫu CC-02 trên SH-Portal trong vòng 2 ngày làm việc để quản lý trực tiếp xác nhận.",
     "giải trình bằng mẫu CC-02 trên SH-Portal trong vòng 2 ngày làm việc"),
    ("cham-cong-04", "Mỗi tháng được quên chấm công mấy lần?",
     "Được giải trình tối đa 3 lần mỗi tháng; từ lần thứ tư, ngày đó bị tính nửa ngày nghỉ không lương, trừ khi do lỗi hệ thống.",
     "tối đa 3 lần trong một tháng"),
    ("cham-cong-05", "Ca chiều bên hỗ trợ khách hàng làm từ mấy giờ đến mấy giờ?",
     "Ca chiều làm từ 14h00 đến 22h00.",
     "ca chiều từ 14h00 đến 22h00"),
    ("cham-cong-05", "Tuần sau em muốn đổi ca với bạn cùng nhóm thì cần làm gì?",
     "Em thỏa thuận với đồng nghiệp và phải được trưởng nhóm đồng ý trước ít nhất 24 giờ.",
     "được trưởng nhóm đồng ý trước ít nhất 24 giờ"),
    ("cham-cong-05", "Khi nào thì biết lịch ca tuần tới?",
     "Trưởng nhóm công bố lịch ca trên SH-Portal trước thứ Sáu của tuần liền trước.",
     "trước thứ Sáu của tuần liền trước"),
    ("cham-cong-06", "Thấy bảng công bị sai thì phải báo lúc nào?",
     "Phản hồi sai sót trong vòng 2 ngày làm việc sau khi Phòng Nhân sự chốt bảng công vào ngày làm việc đầu tiên của tháng kế tiếp.",
     "phản hồi sai sót trong vòng 2 ngày làm việc sau khi chốt"),
    ("cham-cong-06", "Quá hạn rồi mới phát hiện bảng công sai thì có được sửa không?",
     "Vẫn được điều chỉnh, nhưng việc điều chỉnh sẽ thực hiện vào kỳ lương sau.",
     "mọi điều chỉnh sẽ được thực hiện vào kỳ lương sau"),

    # --- Quy định thử việc và hội nhập ---
    ("thu-viec-01", "Vị trí lập trình viên thì thử việc bao lâu?",
     "Vị trí chuyên môn, kỹ thuật yêu cầu trình độ cao đẳng trở lên có thời gian thử việc 60 ngày.",
     "Thời gian thử việc là 60 ngày đối với vị trí chuyên môn, kỹ thuật yêu cầu trình độ cao đẳng trở lên"),
    ("thu-viec-01", "Tuyển trưởng phòng thì thời gian thử việc là bao nhiêu?",
     "Vị trí quản lý từ cấp trưởng phòng trở lên thử việc 180 ngày.",
     "có thời gian thử việc 180 ngày"),
    ("thu-viec-02", "Lương thử việc được bao nhiêu phần trăm?",
     "Lương thử việc bằng 85% mức lương chính thức ghi trong thư mời nhận việc.",
     "Lương thử việc bằng 85% mức lương chính thức"),
    ("thu-viec-02", "Em đang thử việc có xin nghỉ phép năm được không?",
     "Nhân viên thử việc chưa được sử dụng phép năm; nếu cần nghỉ, em làm đơn nghỉ không hưởng lương.",
     "Nhân viên thử việc chưa được sử dụng phép năm"),
    ("thu-viec-02", "Đang thử việc mà thấy không hợp, muốn nghỉ thì có phải báo trước không?",
     "Không, trong thời gian thử việc mỗi bên có thể chấm dứt thỏa thuận thử việc mà không cần báo trước.",
     "mỗi bên có thể chấm dứt thỏa thuận thử việc mà không cần báo trước"),
    ("thu-viec-03", "Ngày đầu đi làm em cần mang theo giấy tờ gì?",
     "Em mang bản sao căn cước, bản sao bằng cấp có chứng thực và giấy khám sức khỏe được cấp trong vòng 6 tháng.",
     "bản sao căn cước, bản sao bằng cấp có chứng thực và giấy khám sức khỏe được cấp trong vòng 6 tháng"),
    ("thu-viec-03", "Hôm đầu tiên đến công ty lúc mấy giờ, gặp ai?",
     "Có mặt lúc 8h30 tại quầy lễ tân tầng 1.",
     "có mặt lúc 8h30 tại quầy lễ tân tầng 1"),
    ("thu-viec-04", "Khóa hội nhập cho người mới kéo dài bao lâu?",
     "Khóa “Hội nhập Sông Hồng” kéo dài 2 ngày trong tuần làm việc đầu tiên.",
     "kéo dài 2 ngày"),
    ("thu-viec-04", "Bài kiểm tra an toàn thông tin cuối khóa hội nhập cần đúng bao nhiêu câu để qua?",
     "Cần đạt tối thiểu 80% số câu đúng; chưa đạt thì được làm lại trong vòng 5 ngày làm việc.",
     "yêu cầu đạt tối thiểu 80% số câu đúng"),
    ("thu-viec-05", "Người mới vào có ai kèm cặp không?",
     "Có, mỗi nhân viên mới được phân công một người đồng hành (buddy) trong 60 ngày đầu.",
     "Mỗi nhân viên mới được phân công một người đồng hành (buddy) trong 60 ngày đầu"),
    ("thu-viec-05", "Làm buddy cho nhân viên mới thì có được gì không?",
     "Người đồng hành được công ty hỗ trợ 800.000 đồng cho mỗi nhân viên mới mình hướng dẫn.",
     "được công ty hỗ trợ 800.000 đồng cho mỗi nhân viên mới mà mình hướng dẫn"),
    ("thu-viec-05", "Trong thời gian thử việc, quản lý có họp riêng với em không?",
     "Có, quản lý trực tiếp họp 1-1 với nhân viên mới mỗi tuần một lần.",
     "họp 1-1 với nhân viên mới mỗi tuần một lần"),
    ("thu-viec-06", "Bao giờ em biết kết quả thử việc?",
     "Phòng Nhân sự thông báo kết quả bằng văn bản trước ngày kết thúc thử việc ít nhất 3 ngày.",
     "trước ngày kết thúc thử việc ít nhất 3 ngày"),
    ("thu-viec-06", "Qua thử việc thì được ký hợp đồng loại gì?",
     "Nhân viên đạt yêu cầu được ký hợp đồng lao động xác định thời hạn 12 tháng.",
     "hợp đồng lao động xác định thời hạn 12 tháng"),

    # --- Chính sách đào tạo và phát triển ---
    ("dao-tao-01", "Mỗi năm công ty cho bao nhiêu tiền để đi học?",
     "Mỗi nhân viên chính thức có ngân sách học tập 6.000.000 đồng mỗi năm.",
     "ngân sách học tập 6.000.000 đồng mỗi năm"),
    ("dao-tao-01", "Năm nay chưa dùng hết tiền học thì năm sau có được cộng dồn không?",
     "Không, ngân sách không dùng hết không được cộng dồn sang năm sau.",
     "Ngân sách không dùng hết không được cộng dồn sang năm sau."),
    ("dao-tao-02", "Muốn đăng ký khóa học bên ngoài thì làm thủ tục gì?",
     "Đăng ký bằng mẫu DT-01 trên SH-Portal trước ngày khai giảng ít nhất 10 ngày làm việc; cần quản lý trực tiếp đồng ý và Phòng Nhân sự phê duyệt.",
     "trước ngày khai giảng ít nhất 10 ngày làm việc"),
    ("dao-tao-02", "Học một khóa nấu ăn có được dùng ngân sách đào tạo không?",
     "Khóa học phải liên quan đến công việc hiện tại hoặc kế hoạch phát triển cá nhân đã thống nhất, nên khóa không liên quan sẽ không được duyệt.",
     "Khóa học phải liên quan đến công việc hiện tại hoặc kế hoạch phát triển cá nhân đã thống nhất."),
    ("dao-tao-03", "Công ty tài trợ khóa học 30 triệu thì em phải cam kết làm bao lâu?",
     "Khóa học từ 20.000.000 đồng trở lên yêu cầu cam kết làm việc 12 tháng sau khi kết thúc khóa học.",
     "ký cam kết làm việc 12 tháng sau khi kết thúc khóa học"),
    ("dao-tao-03", "Nếu em nghỉ việc trước khi hết cam kết đào tạo thì sao?",
     "Em phải hoàn trả chi phí đào tạo theo tỷ lệ thời gian cam kết còn lại.",
     "hoàn trả chi phí đào tạo theo tỷ lệ thời gian cam kết còn lại"),
    ("dao-tao-03", "Khóa học 60 triệu thì phải cam kết mấy tháng?",
     "Chi phí từ 50.000.000 đồng trở lên thì thời gian cam kết là 24 tháng.",
     "Với chi phí từ 50.000.000 đồng trở lên, thời gian cam kết là 24 tháng."),
    ("dao-tao-04", "Thi chứng chỉ trượt lần đầu, thi lại có được công ty trả tiền không?",
     "Không, lệ phí thi lại do nhân viên tự chi trả.",
     "Lệ phí thi lại do nhân viên tự chi trả."),
    ("dao-tao-04", "Lệ phí thi chứng chỉ có bị trừ vào ngân sách học tập 6 triệu không?",
     "Không, lệ phí thi lần đầu của chứng chỉ trong danh mục được duyệt do công ty chi trả 100% và không trừ vào ngân sách học tập cá nhân.",
     "không trừ vào ngân sách học tập cá nhân"),
    ("dao-tao-04", "Thi đậu chứng chỉ thì có được thưởng không?",
     "Có, đạt chứng chỉ trong danh mục khuyến khích được thưởng thêm 2.000.000 đồng.",
     "được thưởng thêm 2.000.000 đồng"),
    ("dao-tao-05", "Một năm phải học tối thiểu bao nhiêu giờ?",
     "Tối thiểu 24 giờ học mỗi năm, tính cả các khóa trên SH Learn.",
     "Mỗi nhân viên cần hoàn thành tối thiểu 24 giờ học mỗi năm"),
    ("dao-tao-05", "Có được học trong giờ hành chính không?",
     "Được dành tối đa 4 giờ mỗi tuần trong giờ làm việc để học các khóa đã được duyệt.",
     "tối đa 4 giờ mỗi tuần trong giờ làm việc"),
    ("dao-tao-05", "Buổi “Thứ Năm chia sẻ” diễn ra lúc nào?",
     "Từ 16h00 đến 17h00 thứ Năm hằng tuần, cả trực tiếp tại văn phòng và trực tuyến.",
     "diễn ra từ 16h00 đến 17h00 thứ Năm hằng tuần"),
    ("dao-tao-06", "IDP là gì và lập vào lúc nào?",
     "IDP là kế hoạch phát triển cá nhân, được thống nhất với quản lý trực tiếp trong tháng 1 hằng năm.",
     "thống nhất kế hoạch phát triển cá nhân (IDP) với quản lý trực tiếp trong tháng 1 hằng năm"),
    ("dao-tao-06", "Em làm ở phòng Kế toán được 8 tháng, muốn chuyển sang phòng Marketing có được không?",
     "Chưa được, cần làm ở vị trí hiện tại ít nhất 12 tháng mới được ứng tuyển nội bộ.",
     "sau khi làm việc ở vị trí hiện tại ít nhất 12 tháng"),

    # --- Bộ quy tắc ứng xử ---
    ("ung-xu-01", "Thứ Sáu có được mặc quần jeans đi làm không?",
     "Được, thứ Sáu nhân viên được mặc trang phục tự do nhưng vẫn phải phù hợp với môi trường công sở.",
     "Thứ Sáu hằng tuần nhân viên được mặc trang phục tự do"),
    ("ung-xu-01", "Chiều nay đi gặp khách hàng thì ăn mặc thế nào cho đúng quy định?",
     "Mặc trang phục công sở, áo sơ mi có cổ và giày kín mũi.",
     "áo sơ mi có cổ và giày kín mũi"),
    ("ung-xu-02", "Nhà cung cấp gửi tặng giỏ quà Tết khoảng 1 triệu, tôi có nhận được không?",
     "Không được giữ quà trên 500.000 đồng; bạn phải báo Phòng Pháp chế trong vòng 3 ngày làm việc để trả lại hoặc nộp về công ty.",
     "phải được báo cáo cho Phòng Pháp chế trong vòng 3 ngày làm việc"),
    ("ung-xu-02", "Khách hàng tặng thẻ quà tặng 200 nghìn thì có được nhận không?",
     "Không, tuyệt đối không nhận tiền mặt, thẻ quà tặng hoặc phiếu mua hàng dưới bất kỳ hình thức nào.",
     "Tuyệt đối không nhận tiền mặt, thẻ quà tặng hoặc phiếu mua hàng dưới bất kỳ hình thức nào."),
    ("ung-xu-03", "Em trai tôi làm ở một nhà cung cấp của công ty, tôi có cần khai báo gì không?",
     "Có, bạn kê khai tình huống có thể gây xung đột lợi ích bằng mẫu XĐ-01 gửi Phòng Pháp chế.",
     "bằng mẫu XĐ-01 gửi Phòng Pháp chế"),
    ("ung-xu-03", "Cuối tuần em muốn nhận dự án làm tự do bên ngoài, có được không?",
     "Chỉ được khi có chấp thuận bằng văn bản của Giám đốc Nhân sự.",
     "chỉ được thực hiện khi có chấp thuận bằng văn bản của Giám đốc Nhân sự"),
    ("ung-xu-04", "Nếu bị đồng nghiệp quấy rối thì báo ở đâu?",
     "Báo qua đường dây nóng nội bộ số máy lẻ 999 hoặc hộp thư góp ý ẩn danh trên SH-Portal.",
     "đường dây nóng nội bộ số máy lẻ 999"),
    ("ung-xu-04", "Báo cáo chuyện bị bắt nạt rồi thì bao lâu được xử lý, em có bị trù dập không?",
     "Ban Đạo đức xem xét trong vòng 10 ngày làm việc và người báo cáo được bảo vệ khỏi mọi hình thức trả đũa.",
     "người báo cáo được bảo vệ khỏi mọi hình thức trả đũa"),
    ("ung-xu-05", "Có được lưu file dự án lên ổ đám mây cá nhân để làm ở nhà không?",
     "Không, không được dùng email hoặc ổ lưu trữ cá nhân để lưu dữ liệu công ty.",
     "Không sử dụng email hoặc ổ lưu trữ cá nhân để lưu dữ liệu công ty."),
    ("ung-xu-05", "Em làm rơi thẻ nhân viên thì báo ai?",
     "Em báo cho bộ phận IT và Phòng Hành chính trong vòng 24 giờ.",
     "phải báo cho bộ phận IT và Phòng Hành chính trong vòng 24 giờ"),
    ("ung-xu-06", "Phóng viên gọi hỏi về dự án công ty, tôi có được trả lời không?",
     "Không, chỉ Phòng Truyền thông được phát ngôn chính thức thay mặt công ty với báo chí.",
     "Chỉ Phòng Truyền thông được phát ngôn chính thức thay mặt công ty với báo chí."),
    ("ung-xu-06", "Đăng ảnh chụp trong khu làm việc lên mạng xã hội có sao không?",
     "Không được đăng hình ảnh bên trong khu vực làm việc hạn chế, thông tin khách hàng hay dự án chưa công bố.",
     "hình ảnh bên trong khu vực làm việc hạn chế"),
    ("ung-xu-07", "Muốn hút thuốc thì ra chỗ nào trong tòa nhà?",
     "Khu vực hút thuốc được bố trí tại sân thượng; không được hút thuốc trong văn phòng.",
     "khu vực hút thuốc được bố trí tại sân thượng"),
    ("ung-xu-07", "Bị xem xét kỷ luật thì tôi có được giải thích không?",
     "Có, bạn có quyền trình bày ý kiến và mời người bào chữa.",
     "có quyền trình bày ý kiến và mời người bào chữa"),

    # --- Quy trình nghỉ việc và bàn giao ---
    ("nghi-viec-01", "Hợp đồng của em có thời hạn 1 năm, muốn nghỉ thì báo trước mấy ngày?",
     "Với hợp đồng xác định thời hạn, thời hạn báo trước là 30 ngày.",
     "30 ngày đối với hợp đồng xác định thời hạn"),
    ("nghi-viec-01", "Hợp đồng không thời hạn thì nghỉ việc phải báo trước bao lâu?",
     "Phải báo trước 45 ngày.",
     "45 ngày đối với hợp đồng không xác định thời hạn"),
    ("nghi-viec-01", "Nộp đơn xin nghỉ xong thì bao giờ chốt được ngày làm cuối?",
     "Quản lý trực tiếp xác nhận ngày làm việc cuối cùng trong vòng 5 ngày làm việc kể từ khi nhận đơn.",
     "xác nhận ngày làm việc cuối cùng trong vòng 5 ngày làm việc kể từ khi nhận đơn"),
    ("nghi-viec-02", "Nghỉ việc mà còn phép chưa dùng thì có được trả tiền không?",
     "Có, số ngày phép chưa dùng đến ngày làm việc cuối cùng được thanh toán bằng tiền theo lương cơ bản.",
     "được thanh toán bằng tiền theo lương cơ bản"),
    ("nghi-viec-02", "Dùng phép còn lại để nghỉ luôn trong thời gian báo trước được không?",
     "Được, nếu quản lý trực tiếp đồng ý.",
     "Nhân viên có thể dùng phép năm còn lại để nghỉ trong thời gian báo trước nếu được quản lý trực tiếp đồng ý."),
    ("nghi-viec-02", "Em nghỉ việc cuối tháng 4 thì năm đó được tính bao nhiêu ngày phép?",
     "Phép được tính 1,25 ngày cho mỗi tháng làm việc, nên 4 tháng được 5 ngày phép.",
     "1,25 ngày cho mỗi tháng làm việc trong năm nghỉ việc"),
    ("nghi-viec-03", "Biên bản bàn giao phải xong trước ngày nghỉ bao lâu?",
     "Biên bản BG-01 phải được quản lý trực tiếp ký xác nhận chậm nhất 3 ngày làm việc trước ngày làm việc cuối cùng.",
     "chậm nhất 3 ngày làm việc trước ngày làm việc cuối cùng"),
    ("nghi-viec-03", "Ai là người nhận bàn giao công việc của tôi?",
     "Người nhận bàn giao do quản lý trực tiếp chỉ định.",
     "Người nhận bàn giao do quản lý trực tiếp chỉ định."),
    ("nghi-viec-04", "Ngày cuối cùng đi làm thì laptop trả cho ai?",
     "Trả máy tính, thiết bị và thẻ nhân viên cho bộ phận IT và Phòng Hành chính.",
     "nhân viên trả máy tính, thiết bị và thẻ nhân viên cho bộ phận IT và Phòng Hành chính"),
    ("nghi-viec-04", "Email công ty của em bị khóa lúc nào sau khi nghỉ?",
     "Email bị khóa vào 18h00 của ngày làm việc cuối cùng.",
     "bị khóa vào 18h00 của ngày làm việc cuối cùng"),
    ("nghi-viec-05", "Nghỉ việc rồi bao lâu thì nhận được tiền lương cuối?",
     "Phòng Nhân sự quyết toán trong vòng 7 ngày làm việc kể từ ngày làm việc cuối cùng.",
     "trong vòng 7 ngày làm việc kể từ ngày làm việc cuối cùng"),
    ("nghi-viec-05", "Còn khoản tạm ứng chưa quyết toán mà nghỉ việc thì sao?",
     "Khoản tạm ứng chưa hoàn ứng sẽ được trừ vào khoản quyết toán khi nghỉ việc.",
     "Khoản tạm ứng chưa hoàn ứng và chi phí đào tạo phải hoàn trả theo cam kết được trừ vào khoản quyết toán."),
    ("nghi-viec-06", "Em cần giấy xác nhận đã làm ở công ty để nộp hồ sơ chỗ mới, bao lâu thì có?",
     "Phòng Nhân sự cấp giấy xác nhận quá trình làm việc trong vòng 3 ngày làm việc khi có yêu cầu.",
     "cấp giấy xác nhận quá trình làm việc trong vòng 3 ngày làm việc"),
    ("nghi-viec-06", "Phỏng vấn nghỉ việc mà nói thật thì có ảnh hưởng gì không?",
     "Nội dung phỏng vấn được giữ bí mật và chỉ dùng để cải thiện môi trường làm việc.",
     "nội dung được giữ bí mật và chỉ dùng để cải thiện môi trường làm việc"),
    ("nghi-viec-06", "Nghỉ rồi sau này có quay lại công ty làm được không?",
     "Nhân viên nghỉ việc đúng quy trình có thể được xem xét tuyển dụng lại.",
     "Nhân viên nghỉ việc đúng quy trình có thể được xem xét tuyển dụng lại."),

    # --- Quy định an toàn lao động và phòng cháy chữa cháy ---
    ("an-toan-01", "Bao giờ công ty có diễn tập thoát hiểm?",
     "Hai lần mỗi năm, vào tháng 5 và tháng 11, tại cả hai văn phòng.",
     "hai lần mỗi năm vào tháng 5 và tháng 11"),
    ("an-toan-01", "Em vào làm sau đợt huấn luyện phòng cháy thì sao ạ?",
     "Em cần xem video hướng dẫn an toàn trên SH Learn trong tuần đầu tiên.",
     "phải xem video hướng dẫn an toàn trên SH Learn trong tuần đầu tiên"),
    ("an-toan-02", "Có chuông báo cháy thì đi thang máy xuống cho nhanh được không?",
     "Không, phải đi cầu thang bộ theo biển chỉ dẫn và tuyệt đối không dùng thang máy.",
     "tuyệt đối không sử dụng thang máy"),
    ("an-toan-02", "Thoát ra ngoài rồi thì tập trung ở đâu?",
     "Tập trung ở sân trước tòa nhà, nơi các trưởng nhóm điểm danh thành viên.",
     "Điểm tập kết là sân trước tòa nhà"),
    ("an-toan-03", "Em bị trượt chân ngã ở cầu thang công ty, không nặng lắm, có cần báo không?",
     "Có, mọi tai nạn hoặc thương tích đều phải báo cho quản lý trực tiếp và Ban An toàn trong vòng 24 giờ bằng mẫu AT-01.",
     "trong vòng 24 giờ bằng mẫu AT-01 trên SH-Portal"),
    ("an-toan-03", "Bị va quẹt xe trên đường đi làm thì có phải báo công ty không?",
     "Có, tai nạn trên đường đi làm cũng phải báo theo cách tương tự.",
     "Tai nạn xảy ra trên đường đi làm hoặc trong khi đi công tác cũng phải báo theo cách này."),
    ("an-toan-04", "Đồng nghiệp ngất xỉu thì việc đầu tiên phải làm là gì?",
     "Gọi ngay 115, sau đó báo cho lễ tân để hướng dẫn xe cấp cứu vào tòa nhà.",
     "gọi ngay 115, sau đó báo cho lễ tân"),
    ("an-toan-04", "Tìm người biết sơ cứu ở đâu?",
     "Danh sách nhân viên đã qua huấn luyện sơ cứu được dán cạnh thang máy mỗi tầng.",
     "được dán cạnh thang máy mỗi tầng"),
    ("an-toan-05", "Mang ấm siêu tốc để ở bàn pha trà được không?",
     "Không, ấm siêu tốc và thiết bị nấu nướng chỉ được dùng ở khu pantry.",
     "các thiết bị này chỉ được dùng ở khu pantry"),
    ("an-toan-05", "Ổ cắm ở bàn bị cháy đen, tôi tự thay được không?",
     "Không, hãy báo Phòng Hành chính để thay thế, không tự sửa chữa.",
     "phải báo cho Phòng Hành chính để thay thế, không tự sửa chữa"),
    ("an-toan-06", "Ngồi lâu bị đau lưng, công ty có hỗ trợ ghế hay bàn đứng không?",
     "Có, bạn có thể yêu cầu Phòng Hành chính kiểm tra tư thế làm việc và đề xuất ghế, giá đỡ màn hình hoặc bàn đứng phù hợp.",
     "đề xuất ghế, giá đỡ màn hình hoặc bàn đứng phù hợp"),
    ("an-toan-06", "Khách đối tác muốn xem phòng máy chủ thì có được vào không?",
     "Chỉ được vào khi có nhân viên IT đi cùng, vì phòng máy chủ là khu vực hạn chế.",
     "khách phải có nhân viên IT đi cùng"),
]


def nfc(s):
    return unicodedata.normalize("NFC", s)


def build():
    policies = []
    for slug, title, sections in DOCS:
        for i, (section, text) in enumerate(sections, 1):
            policies.append({
                "id": f"{slug}-{i:02d}",
                "document": nfc(title),
                "section": nfc(section),
                "text": nfc(text),
            })
    by_id = {p["id"]: p for p in policies}
    assert len(by_id) == len(policies), "duplicate passage id"

    qa = []
    for n, (pid, q, a, ev) in enumerate(QA, 1):
        if pid not in by_id:
            sys.exit(f"qa {n}: unknown passage {pid}")
        q, a, ev = nfc(q), nfc(a), nfc(ev)
        if ev not in by_id[pid]["text"]:
            sys.exit(f"qa {n} ({pid}): evidence not in passage: {ev!r}")
        qa.append({"id": f"qa-{n:03d}", "question": q, "answer": a,
                   "passage_id": pid, "evidence": ev, "split": None})
    questions = [r["question"] for r in qa]
    assert len(set(questions)) == len(questions), "duplicate question"

    # Stratified split by document: ~30% of each document's questions -> test.
    rng = random.Random(SEED)
    doc_of = {p["id"]: p["document"] for p in policies}
    groups = defaultdict(list)
    for r in qa:
        groups[doc_of[r["passage_id"]]].append(r)
    for doc in sorted(groups):
        rows = groups[doc]
        order = list(range(len(rows)))
        rng.shuffle(order)
        n_test = round(len(rows) * TEST_SHARE)
        test_idx = set(order[:n_test])
        for i, r in enumerate(rows):
            r["split"] = "test" if i in test_idx else "train"
    return policies, qa


def write_jsonl(path, rows):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    os.replace(tmp, path)


def main():
    policies, qa = build()
    write_jsonl(os.path.join(HERE, "policies.jsonl"), policies)
    write_jsonl(os.path.join(HERE, "qa.jsonl"), qa)
    n_test = sum(r["split"] == "test" for r in qa)
    docs = len({p["document"] for p in policies})
    print(f"policies.jsonl: {len(policies)} passages in {docs} documents")
    print(f"qa.jsonl: {len(qa)} pairs ({len(qa) - n_test} train / {n_test} test)")


if __name__ == "__main__":
    main()
