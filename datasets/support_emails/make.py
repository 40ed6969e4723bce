"""Generate the Vietnamese customer-support email triage dataset.

Run from the repository root:

    python3 datasets/support_emails/make.py

Standard library only, deterministic (seed 20261123). Every piece of text
below was written for this project. The script composes emails to the
fictional retailer "Sao Mai Shop" from authored pieces and writes
train.jsonl, validation.jsonl and test.jsonl next to this file.

Splits are kept disjoint at the level of wording: every authored pool
(core problem sentences, greetings, self-introductions, context sentences,
tone sentences, requests, urgency sentences, closings, signatures, subject
lines, customers' given names) is partitioned once into train / validation /
test parts, and an email only uses pieces from its own split's part.
"""

from __future__ import annotations

import json
import os
import random
import re
import sys
import unicodedata

sys.dont_write_bytecode = True

SEED = 20261123
HERE = os.path.dirname(os.path.abspath(__file__))
SPLITS = ("train", "validation", "test")
ID_PREFIX = {"train": "em-train", "validation": "em-val", "test": "em-test"}
# Emails per category in each split (6 categories, so 450 / 90 / 120 in all).
PER_CATEGORY = {"train": 75, "validation": 15, "test": 20}

PRIORITY = {"c": "cao", "t": "trung bình", "l": "thấp"}
# Words that mark explicit urgency. They occur only in the urgency pool (and
# in urgent subject prefixes), so an email containing one is always "cao".
URGENCY_MARKERS = ("gấp", "hôm nay", "khẩn", "hạn chót", "hạn cuối")

# ---------------------------------------------------------------------------
# Core pieces. Each core is (base priority, kind, text, subject).
#   base priority: "c" cao, "t" trung bình, "l" thấp
#   kind: letters that say which category context sentences fit the core;
#         an "n" means the core takes no category context at all.
# Slots in {braces} are filled per email; a capitalised slot name ({Toi},
# {Shop}, {Product}) gives the value with a capital first letter.
# ---------------------------------------------------------------------------

CORES = {}

CORES["giao hàng"] = [
    ("t", "o", "{Toi} đặt đơn {order} từ {date}, lúc đặt báo giao trong hai đến ba ngày mà đến giờ vẫn chưa thấy hàng đâu.", "Đơn {order} chưa được giao"),
    ("c", "o", "Trạng thái đơn {order} báo đã giao thành công nhưng thực tế {toi} chưa nhận được gì, người nhà cũng không ai ký nhận.", "Đơn báo đã giao nhưng chưa nhận được hàng"),
    ("t", "om", "{Toi} cần đổi địa chỉ nhận hàng của đơn {order} sang {district2}, {city2} vì tuần này {toi} không ở nhà.", "Xin đổi địa chỉ giao hàng"),
    ("t", "o", "Đơn {order} của {toi} nằm ở kho {city2} đã {n} ngày, không thấy cập nhật gì thêm.", "Đơn hàng nằm im ở kho"),
    ("t", "om", "Shipper gọi lúc {toi} đang họp nên {toi} không nghe máy, sau đó đơn {order} bị chuyển sang trạng thái giao thất bại. {Toi} muốn hẹn giao lại vào buổi chiều.", "Hẹn giao lại đơn {order}"),
    ("l", "q", "Cho {toi} hỏi {shop} có giao hàng ra đảo Phú Quốc không, phí vận chuyển khoảng bao nhiêu?", "Có giao ra Phú Quốc không?"),
    ("t", "o", "Đơn {order} có hai món nhưng {toi} mới nhận được {product}, món còn lại chưa thấy đâu.", "Đơn hàng giao thiếu một món"),
    ("t", "o", "Nhân viên giao hàng đòi thu thêm {fee} tiền ship, trong khi đơn {order} ghi rõ là miễn phí vận chuyển.", "Shipper thu thêm phí ship"),
    ("t", "o", "Đơn {order} tự nhiên bị hủy dù {toi} không hề yêu cầu, trên app chỉ ghi là giao hàng không thành công.", "Đơn bị hủy vì giao không thành công"),
    ("t", "o", "Mã vận đơn của đơn {order} tra trên web không ra kết quả, {toi} không biết bao giờ mới được giao.", "Không tra được mã vận đơn"),
    ("l", "q", "{Toi} ở {district}, {city}, nếu đặt {product} buổi sáng thì có được giao trong ngày không?", "Hỏi về giao hàng trong ngày"),
    ("t", "o", "Lịch hẹn giao {product} là sáng {weekday}, nhưng {toi} đợi cả buổi không thấy ai đến, gọi tổng đài cũng không ai bắt máy.", "Lỡ hẹn giao hàng"),
    ("c", "o", "Đơn {order} hiển thị đã giao cho một người lạ ở địa chỉ khác hẳn, không phải địa chỉ của {toi}.", "Hàng bị giao cho người khác"),
    ("t", "om", "{Toi} lỡ ghi sai số nhà trong đơn {order}: đúng là số {house}, không phải số {house2}. Nhờ {shop} báo lại cho bên giao hàng.", "Sửa số nhà trong đơn {order}"),
    ("l", "q", "{Shop} có giao hàng vào buổi tối sau 7 giờ không? Ban ngày nhà {toi} không có ai.", "Giao hàng buổi tối"),
    ("t", "o", "Đơn {order} đã trễ hạn giao dự kiến {n} ngày, {toi} kiểm tra thì trạng thái vẫn là 'chờ lấy hàng'.", "Đơn {order} trễ hạn giao"),
    ("c", "o", "Shipper để hàng ở chốt bảo vệ chung cư mà không báo, đến lúc {toi} xuống lấy thì bảo vệ nói không thấy kiện hàng nào.", "Mất hàng sau khi giao"),
    ("t", "om", "{Toi} có hai đơn {order} và {order2}, muốn gộp lại giao một lần cho đỡ phải ra nhận hai lượt.", "Gộp hai đơn để giao một lần"),
    ("l", "q", "Hàng cồng kềnh như {big} thì {shop} có hỗ trợ đưa lên tầng {floor} không? Thang máy chung cư chỗ {toi} hơi nhỏ.", "Hỏi về việc đưa hàng lên tầng"),
    ("t", "o", "Từ {date} đến giờ đơn {order} bị hẹn giao ba lần, lần nào cũng báo lùi sang hôm sau.", "Đơn hàng liên tục bị hoãn giao"),
    ("t", "om", "Đơn {order} đang trên đường giao thì {toi} phải đi công tác đột xuất. {Shop} có thể giữ hàng ở bưu cục vài hôm để {toi} về tự ra lấy không?", "Nhờ giữ hàng tại bưu cục"),
    ("t", "o", "Shipper không cho {toi} mở hộp {product} kiểm tra trước khi nhận, nói là quy định của bên vận chuyển. Quy định đó có đúng không?", "Không được kiểm tra hàng khi nhận"),
    ("l", "q", "Phí giao một chiếc {small} lên tới {fee}, cao hơn nhiều so với lần trước {toi} mua. {Toi} muốn biết phí này được tính thế nào.", "Phí giao hàng quá cao?"),
    ("t", "o", "Đơn {order} báo 'đang vận chuyển' suốt một tuần nay, không có vị trí hay thời gian giao dự kiến gì cả.", "Không rõ đơn đang ở đâu"),
    ("t", "o", "{Toi} đặt giao {product} tới công ty ở {district}, {city}, nhưng shipper lại chở về địa chỉ nhà cũ lưu trong tài khoản.", "Giao sai địa chỉ"),
    ("l", "q", "Dịch vụ giao nhanh trong 2 giờ áp dụng cho những quận nào ở {city} vậy?", "Giao nhanh 2 giờ áp dụng ở đâu?"),
    ("t", "om", "Đơn {order} là quà tặng, {toi} muốn {shop} giao thẳng tới nhà người nhận ở {city2} và không để phiếu giá trong hộp.", "Giao quà tới người nhận"),
    ("t", "o", "Shipper báo không tìm được nhà rồi tự hủy lượt giao, trong khi {toi} đã gửi định vị và ở nhà chờ cả ngày.", "Shipper tự hủy lượt giao"),
    ("t", "o", "Đơn {order} được tách làm hai kiện; kiện thứ nhất đã tới, còn mã vận đơn của kiện thứ hai thì tra không ra.", "Thiếu một kiện hàng"),
    ("t", "om", "{Toi} muốn dời lịch nhận hàng sang cuối tuần, vì các ngày trong tuần {toi} đi làm đến tối mới về.", "Dời lịch nhận hàng"),
    ("t", "o", "Tại sao đơn {order} phải chuyển từ kho {city2} ra, trong khi ngay {city} cũng có kho của {shop}? Như vậy thì quá lâu.", "Đơn hàng chuyển từ kho xa"),
    ("t", "o", "{Toi} mua {big} có chọn giao kèm lắp đặt, nhưng người giao chỉ để hàng ở cửa rồi đi, không lắp gì cả.", "Giao hàng không kèm lắp đặt như đã đặt"),
    ("t", "o", "Đơn {order} đặt từ {date} mà đến giờ vẫn báo 'đang chuẩn bị hàng'. Nếu hết hàng thì {shop} báo cho {toi} một tiếng.", "Đơn hàng mãi chưa được gửi đi"),
    ("t", "o", "{Toi} không hề nhận được cuộc gọi hay tin nhắn nào của shipper, vậy mà hệ thống lại ghi là khách hẹn giao lại.", "Thông tin giao hàng không đúng"),
    ("l", "q", "Nhà {toi} ở trong hẻm nhỏ, xe tải không vào được. Nếu mua {big} thì {shop} có thể chở bằng xe nhỏ hoặc hẹn nhận ở đầu hẻm không?", "Giao hàng vào hẻm nhỏ"),
    ("t", "o", "Đơn {order} bị giao nhầm sang tỉnh khác: shipper gọi báo hàng đang ở {city2}, trong khi {toi} ở {city}.", "Đơn {order} bị chuyển nhầm tỉnh"),
    ("t", "o", "{Toi} đã trả thêm {fee} để giao hỏa tốc đơn {order}, nhưng hàng vẫn đi như giao tiêu chuẩn, mất {n} ngày mới tới.", "Trả phí hỏa tốc nhưng giao chậm"),
    ("t", "o", "Làm ơn cho {toi} biết chính xác ngày giao đơn {order}, {toi} hỏi tổng đài ba lần và nhận được ba câu trả lời khác nhau.", "Ngày giao đơn {order} là ngày nào?"),
    ("t", "o", "Bên vận chuyển báo đã hoàn đơn {order} về kho vì không liên lạc được, nhưng số điện thoại trong đơn hoàn toàn đúng và {toi} không nhận được cuộc gọi nào.", "Đơn bị hoàn về kho vô lý"),
    ("l", "q", "{Toi} muốn biết {shop} có giao hàng vào Chủ nhật và ngày lễ không.", "Có giao hàng ngày lễ không?"),
    ("c", "o", "Đơn {order} ghi đã giao lúc {time} hôm qua kèm ảnh xác nhận, nhưng ảnh đó chụp cổng một ngôi nhà khác chứ không phải nhà {toi}.", "Ảnh xác nhận giao hàng sai địa chỉ"),
]

CORES["thanh toán"] = [
    ("c", "b", "{Toi} thanh toán đơn {order} bằng thẻ {bank} và bị trừ tiền hai lần, mỗi lần {amount}.", "Bị trừ tiền hai lần cho đơn {order}"),
    ("c", "b", "{Toi} đã chuyển khoản {amount} cho đơn {order} từ {date}, nhưng trên app đơn vẫn ở trạng thái 'chưa thanh toán'.", "Đã chuyển khoản nhưng đơn báo chưa thanh toán"),
    ("c", "t", "Lúc thanh toán qua {wallet}, app báo giao dịch thất bại nhưng ví của {toi} vẫn bị trừ {amount}.", "Giao dịch thất bại nhưng vẫn bị trừ tiền"),
    ("t", "cm", "{Toi} cần xuất hóa đơn VAT cho đơn {order} theo thông tin công ty. Mã số thuế thì gửi cho {shop} bằng cách nào?", "Xuất hóa đơn VAT"),
    ("l", "q", "Cho {toi} hỏi mua {pricey} trả góp 0% qua thẻ tín dụng {bank} thì cần điều kiện gì?", "Hỏi về trả góp 0%"),
    ("t", "n", "Mã giảm giá {voucher} vẫn còn hạn, nhưng khi bấm thanh toán thì tổng tiền không được trừ đồng nào.", "Mã giảm giá không được áp dụng"),
    ("t", "bm", "{Toi} chuyển khoản cho đơn {order} nhưng lỡ ghi sai nội dung, chỉ ghi mỗi số điện thoại. Không biết {shop} đã nhận được tiền chưa?", "Chuyển khoản ghi sai nội dung"),
    ("t", "c", "Hóa đơn điện tử {shop} gửi cho {toi} ghi sai tên công ty, nhờ {shop} xuất lại giúp.", "Hóa đơn ghi sai tên công ty"),
    ("t", "t", "Đơn {order} niêm yết {amount}, nhưng đến bước thanh toán lại tính {amount_hi}. Khoản chênh lệch này là gì vậy?", "Số tiền thanh toán không khớp"),
    ("t", "n", "Thẻ {bank} của {toi} vẫn còn tiền nhưng lần nào thanh toán trên web cũng bị từ chối.", "Thẻ bị từ chối khi thanh toán"),
    ("c", "n", "Sao kê thẻ của {toi} có một khoản {amount} trả cho Sao Mai Shop vào {date}, trong khi hôm đó {toi} không mua gì cả.", "Khoản trừ tiền lạ trên thẻ"),
    ("l", "n", "Đơn {order} {toi} chọn trả tiền khi nhận hàng, giờ muốn chuyển sang chuyển khoản trước để được giảm thêm thì làm thế nào?", "Đổi hình thức thanh toán"),
    ("t", "t", "Kỳ trả góp tháng này của đơn {order} bị tính phí trễ hạn, dù {toi} đã đóng tiền từ {date}.", "Bị tính phí trễ hạn trả góp"),
    ("l", "q", "{Toi} muốn hỏi {shop} có nhận thanh toán bằng thẻ Visa phát hành ở nước ngoài không.", "Thanh toán bằng thẻ nước ngoài"),
    ("t", "t", "Lúc nhận hàng {toi} đã trả {amount} tiền mặt cho shipper, vậy mà sáng nay lại nhận được tin nhắn nhắc thanh toán đơn {order}.", "Đã trả tiền nhưng vẫn bị nhắc thanh toán"),
    ("t", "t", "{Toi} dùng điểm thưởng để trừ vào đơn {order}, điểm đã bị trừ mất mà hóa đơn vẫn tính đủ {amount}.", "Điểm thưởng không được trừ vào tiền hàng"),
    ("t", "tm", "Mã QR chuyển khoản trên trang thanh toán hết hạn trước khi {toi} kịp quét. Giờ muốn thanh toán lại đơn {order} thì làm sao?", "Mã QR thanh toán hết hạn"),
    ("l", "q", "Công ty {toi} muốn mua 12 chiếc {small} cho văn phòng và chuyển khoản sau khi nhận hóa đơn đỏ. {Shop} có hỗ trợ hình thức này không?", "Mua số lượng lớn cho công ty"),
    ("c", "b", "Ngân hàng báo giao dịch {amount} của {toi} đang chờ xử lý đã ba ngày, còn trên app thì đơn {order} đã bị hủy vì quá hạn thanh toán.", "Tiền bị treo, đơn bị hủy"),
    ("t", "i", "{Toi} thanh toán bằng {wallet} được giảm {fee}, nhưng hóa đơn gửi qua email lại không thể hiện khoản giảm này.", "Hóa đơn thiếu khoản giảm giá"),
    ("l", "q", "Trả góp qua công ty tài chính thì cần giấy tờ gì và bao lâu thì được duyệt?", "Thủ tục trả góp"),
    ("t", "t", "Tổng tiền trong email xác nhận đơn {order} là {amount_hi}, cao hơn số {toi} thấy lúc đặt là {amount}.", "Tổng tiền trong email xác nhận bị sai"),
    ("c", "b", "Tháng này ngân hàng trừ tiền trả góp của {toi} hai lần cho cùng một đơn {order}, mỗi lần {amount}.", "Bị trừ tiền trả góp hai lần"),
    ("t", "b", "{Toi} đã hủy đơn {order} trước khi thanh toán xong, nhưng tài khoản {bank} vẫn bị tạm giữ {amount}.", "Tiền bị tạm giữ sau khi hủy đơn"),
    ("l", "q", "Một đơn hàng có thể trả một phần bằng tiền mặt, phần còn lại chuyển khoản được không?", "Thanh toán kết hợp"),
    ("c", "b", "{Toi} chuyển {amount} nhưng {shop} gọi báo chỉ nhận được {amount_lo}. {Toi} vẫn giữ biên lai chuyển khoản đầy đủ.", "Số tiền nhận được không khớp"),
    ("t", "t", "Đơn {order} đã áp mã miễn phí vận chuyển, nhưng khi thanh toán vẫn bị cộng thêm {fee} phí giao hàng.", "Vẫn bị tính phí giao hàng"),
    ("t", "nm", "{Toi} nhận được tin nhắn yêu cầu chuyển tiền vào một tài khoản cá nhân lạ, xưng là của Sao Mai Shop. Xin cho {toi} biết số tài khoản chính thức của {shop}.", "Xác minh số tài khoản nhận tiền"),
    ("t", "i", "Đã hơn {n} ngày kể từ lúc {toi} thanh toán đơn {order} mà vẫn chưa nhận được hóa đơn.", "Chưa nhận được hóa đơn"),
    ("c", "b", "{Toi} thanh toán đơn {order} bằng thẻ {bank} đuôi {last4}, tiền đã bị trừ nhưng hệ thống lại tạo thêm một đơn trùng và trừ tiền thêm lần nữa.", "Đơn trùng, bị trừ tiền hai lần"),
    ("t", "t", "Khi {toi} thanh toán bằng thẻ nội địa lại xuất hiện khoản phí chuyển đổi ngoại tệ {fee}, {toi} không hiểu vì sao.", "Phí lạ khi thanh toán thẻ"),
    ("c", "t", "{Toi} đã đặt cọc {deposit} để giữ {pricey}, nhưng trên đơn {order} không thấy ghi nhận khoản cọc nào.", "Tiền cọc không được ghi nhận"),
    ("l", "q", "Trong tháng này {shop} có ưu đãi gì khi thanh toán qua {wallet} không?", "Ưu đãi thanh toán qua ví"),
    ("t", "t", "Hợp đồng trả góp {pricey} ghi lãi suất khác với mức 0% quảng cáo trên trang sản phẩm.", "Lãi suất trả góp không như quảng cáo"),
    ("t", "im", "{Toi} cần bản sao hóa đơn của đơn {order} để làm hồ sơ bảo hiểm, nhờ {shop} gửi lại bản PDF.", "Xin bản sao hóa đơn"),
    ("t", "t", "Khoản chênh lệch giá {fee} của đơn {order} được hứa sẽ cộng vào ví thành viên, nhưng đến nay {toi} vẫn chưa thấy.", "Chưa nhận được tiền chênh lệch giá"),
    ("t", "n", "Trang thanh toán báo 'thẻ không hỗ trợ giao dịch trực tuyến', trong khi {toi} vẫn dùng thẻ này mua hàng ở nơi khác bình thường.", "Thẻ báo không hỗ trợ giao dịch trực tuyến"),
    ("l", "n", "{Toi} muốn đổi đơn {order} từ trả góp sang trả thẳng một lần, như vậy có phải hủy đơn rồi đặt lại không?", "Chuyển từ trả góp sang trả thẳng"),
    ("t", "n", "Mỗi lần {toi} nhập mã OTP ngân hàng để thanh toán đều bị báo sai, dù mã vừa mới nhận trong tin nhắn.", "Mã OTP thanh toán bị báo sai"),
    ("c", "b", "Sau khi thanh toán {amount}, {toi} không nhận được email hay tin nhắn xác nhận nào, lịch sử mua hàng cũng không có đơn.", "Đã thanh toán nhưng không thấy đơn hàng"),
    ("t", "c", "Công ty {toi} cần hóa đơn đỏ ghi rõ từng mặt hàng, nhưng bản {shop} gửi chỉ ghi chung chung là 'hàng điện máy'.", "Hóa đơn đỏ cần ghi chi tiết"),
]

CORES["đổi trả"] = [
    ("t", "o", "{Toi} mua {product} được {n} ngày thì máy không lên nguồn nữa, {toi} muốn đổi sang máy mới.", "Đổi {product} bị lỗi"),
    ("t", "om", "{Toi} muốn trả lại {product} vì không hợp nhu cầu; hộp và phụ kiện vẫn còn nguyên. Trường hợp này có được hoàn tiền không?", "Muốn trả hàng và hoàn tiền"),
    ("t", "n", "{Toi} đã gửi trả {product} từ {date}, {shop} cũng xác nhận đã nhận hàng, nhưng đến nay vẫn chưa hoàn tiền.", "Chưa được hoàn tiền hàng trả"),
    ("t", "o", "{Shop} giao nhầm màu: {toi} đặt {product} màu trắng nhưng nhận được màu đen. {Toi} muốn đổi đúng màu đã đặt.", "Giao nhầm màu, cần đổi lại"),
    ("l", "q", "Cho {toi} hỏi chính sách đổi trả của {shop} áp dụng trong bao nhiêu ngày và có mất phí không?", "Hỏi chính sách đổi trả"),
    ("t", "n", "Mở hộp {glass} ra thì thấy mặt kính bị nứt một đường dài, {toi} đã quay video lúc mở hộp. {Toi} cần đổi sản phẩm khác.", "Sản phẩm bị nứt kính, cần đổi"),
    ("t", "n", "Đơn {order} đã hủy từ {date} và {shop} báo sẽ hoàn {amount} trong 5–7 ngày làm việc, nhưng giờ đã quá hạn mà {toi} vẫn chưa nhận được tiền.", "Hoàn tiền đơn hủy bị chậm"),
    ("t", "om", "{Toi} muốn đổi {product} sang mẫu cao hơn và bù thêm tiền chênh lệch, có được không?", "Đổi lên mẫu cao hơn"),
    ("t", "o", "Nhân viên cửa hàng ở {district} từ chối nhận lại {product} với lý do đã bóc tem, trong khi {toi} chỉ bóc để kiểm tra.", "Bị từ chối nhận lại hàng"),
    ("t", "o", "{Toi} nhận được {gadget} đã qua sử dụng: có vết xước và còn dữ liệu của người khác trong máy. {Toi} yêu cầu đổi máy mới nguyên hộp.", "Nhận hàng đã qua sử dụng"),
    ("l", "q", "Khi trả hàng thì {toi} phải tự gửi bưu điện hay {shop} cử người đến lấy tận nhà?", "Trả hàng gửi thế nào?"),
    ("c", "n", "{Toi} được hoàn tiền cho đơn {order} nhưng chỉ nhận {amount_lo}, thiếu so với số đã trả là {amount}.", "Hoàn tiền thiếu"),
    ("t", "o", "{Motor} {toi} mua về dùng được một tuần thì kêu rè rè rất to. {Toi} không muốn sửa mà muốn trả hàng lấy lại tiền.", "Trả hàng vì máy kêu to"),
    ("l", "q", "Nếu mua {product} trong đợt giảm giá rồi muốn trả thì có được hoàn đủ tiền không, hay bị trừ phí?", "Hàng giảm giá có được trả không?"),
    ("t", "n", "Phiếu hẹn ghi {date} sẽ có người đến lấy {product} để trả, nhưng {toi} ở nhà chờ cả ngày mà không ai tới.", "Không có người đến lấy hàng trả"),
    ("t", "o", "{Product} đã đổi một lần rồi mà máy mới vẫn bị đúng lỗi cũ, lần này {toi} muốn trả hẳn và nhận lại tiền.", "Máy đổi vẫn lỗi, muốn trả hàng"),
    ("t", "o", "Trong đơn {order} có một chiếc {small} bị lỗi, {toi} muốn trả riêng món đó và giữ lại các món khác.", "Trả một món trong đơn"),
    ("t", "n", "Yêu cầu đổi trả cho đơn {order} {toi} tạo trên app đã {n} ngày mà trạng thái vẫn là 'đang chờ duyệt'.", "Yêu cầu đổi trả chưa được duyệt"),
    ("l", "q", "Tiền hoàn có được trả về thẻ {bank} mà {toi} dùng để thanh toán không, hay {shop} chỉ hoàn vào ví tài khoản?", "Hoàn tiền về đâu?"),
    ("t", "om", "Chiếc tủ lạnh mới mua to hơn chỗ {toi} định đặt trong bếp. {Toi} chưa lắp đặt gì và muốn đổi sang loại nhỏ hơn.", "Đổi tủ lạnh sang cỡ nhỏ hơn"),
    ("t", "om", "{Toi} mua nhầm {plug} bản quốc tế, phích cắm không vừa ổ điện nhà {toi}. {Toi} muốn đổi sang bản phù hợp.", "Đổi sang bản phù hợp ổ điện"),
    ("t", "o", "Quà tặng kèm theo {product} bị thiếu. Nếu {shop} không bổ sung được thì {toi} muốn trả lại cả bộ.", "Thiếu quà tặng kèm"),
    ("l", "n", "{Toi} được tặng {product} nhưng nhà đã có một cái rồi. Không có hóa đơn thì có đổi sang món khác được không?", "Đổi quà tặng không có hóa đơn"),
    ("t", "n", "{Shop} đã nhận lại {product} bị lỗi của {toi} từ {date} nhưng chưa báo khi nào có máy đổi, cũng không ai liên hệ.", "Chờ máy đổi quá lâu"),
    ("t", "o", "{Toi} yêu cầu hoàn tiền vì {product} giao tới bị móp một góc. Nhân viên hẹn gọi lại trong 24 giờ, giờ đã ba ngày rồi.", "Hàng móp, yêu cầu hoàn tiền"),
    ("t", "r", "Phí gửi trả hàng bị lỗi do nhà sản xuất thì ai chịu? {Toi} đã phải trả {fee} lúc gửi lại {product}.", "Phí gửi trả hàng lỗi"),
    ("t", "o", "{Product} {toi} nhận được khác hẳn với hình trên web, {toi} muốn trả hàng và hủy đơn {order}.", "Hàng không giống hình"),
    ("t", "n", "{Toi} đã trả {product} tại cửa hàng ở {district}, nhân viên có viết giấy biên nhận nhưng trên hệ thống không có yêu cầu trả hàng nào.", "Trả hàng tại cửa hàng nhưng không có trên hệ thống"),
    ("l", "q", "Nếu {product} chạy không ổn định sau 30 ngày thì còn được đổi không, hay chỉ được bảo hành?", "Đổi hàng sau 30 ngày"),
    ("t", "o", "Lúc đổi {product}, nhân viên bảo {toi} phải trả thêm {fee} phí kiểm định, trong khi chính sách ghi đổi miễn phí trong 15 ngày.", "Bị thu phí khi đổi hàng"),
    ("t", "n", "Máy đổi về cho {toi} lại là hàng trưng bày: hộp đã mở và còn dấu băng keo. {Toi} muốn được đổi lại máy mới.", "Máy đổi là hàng trưng bày"),
    ("l", "n", "{Toi} muốn trả lại {product} nhưng lỡ vứt hộp giấy rồi, chỉ còn máy và phụ kiện. Như vậy có được nhận trả không?", "Trả hàng khi không còn hộp"),
    ("t", "n", "Yêu cầu hoàn tiền cho đơn {order} bị từ chối mà không có lý do cụ thể, {toi} muốn biết vì sao.", "Yêu cầu hoàn tiền bị từ chối"),
    ("t", "o", "Cả hai chiếc {charge} trong đơn {order} đều không sạc được, {toi} cần đổi cả hai.", "Đổi hai sản phẩm lỗi"),
    ("t", "nm", "{Toi} đặt nhầm hai đơn giống hệt nhau là {order} và {order2}, muốn trả lại một đơn khi hàng tới.", "Đặt trùng đơn, muốn trả một đơn"),
    ("c", "o", "{Plug} mới mua có mùi khét khi chạy lần đầu, {toi} lo không an toàn nên muốn đổi máy khác.", "Máy mới có mùi khét, xin đổi"),
    ("t", "nm", "Tiền hoàn của đơn {order} được chuyển vào ví {wallet}, nhưng ví đó {toi} đã khóa từ lâu. Giờ {toi} muốn nhận qua tài khoản ngân hàng.", "Đổi nơi nhận tiền hoàn"),
    ("l", "n", "Mua {product} online xong {toi} thấy cửa hàng cùng hệ thống bán rẻ hơn {fee}. {Toi} có thể trả lại để mua với giá thấp hơn không?", "Trả hàng vì chênh giá"),
    ("c", "n", "Thời hạn đổi trả chỉ còn hai ngày mà tổng đài bảo phải chờ kỹ thuật viên kiểm tra mới quyết định được. {Toi} sợ quá hạn thì mất quyền đổi.", "Sắp hết thời hạn đổi trả"),
    ("t", "nm", "{Toi} nhận được tiền hoàn cho đơn {order} hai lần, mỗi lần {amount}, nên muốn báo để {shop} thu hồi khoản dư.", "Nhận tiền hoàn hai lần"),
    ("t", "o", "{Product} đổi về bị trầy xước còn nhiều hơn máy cũ. {Toi} không chấp nhận và muốn đổi lại lần nữa.", "Máy đổi bị trầy xước"),
]

CORES["tài khoản"] = [
    ("t", "x", "{Toi} không đăng nhập được vào tài khoản dù nhập đúng mật khẩu, app cứ báo 'thông tin không chính xác'.", "Không đăng nhập được"),
    ("c", "s", "Sáng nay {toi} nhận được email báo mật khẩu đã được thay đổi, nhưng {toi} không hề đổi. Giờ {toi} không đăng nhập được nữa.", "Tài khoản bị đổi mật khẩu"),
    ("t", "xm", "Số điện thoại đăng ký tài khoản {toi} không dùng nữa. Làm sao để đổi sang số mới?", "Đổi số điện thoại tài khoản"),
    ("t", "x", "{Toi} bấm 'Quên mật khẩu' nhưng không nhận được mã OTP qua tin nhắn, thử đến lần thứ năm vẫn vậy.", "Không nhận được OTP"),
    ("c", "s", "Trong tài khoản của {toi} có đơn {order} đặt {product} giao về {city2}, nhưng {toi} chưa từng đặt đơn này và cũng không quen ai ở đó.", "Có đơn hàng lạ trong tài khoản"),
    ("t", "nm", "{Toi} muốn xóa hẳn tài khoản cùng toàn bộ dữ liệu cá nhân lưu trên hệ thống của {shop}.", "Yêu cầu xóa tài khoản"),
    ("l", "q", "{Shop} dùng số điện thoại và địa chỉ của khách vào những việc gì, có chia sẻ cho bên thứ ba không?", "Hỏi về việc sử dụng dữ liệu cá nhân"),
    ("t", "x", "Tài khoản của {toi} bị khóa sau mấy lần nhập sai mật khẩu, đã hơn 24 giờ mà vẫn chưa mở lại.", "Tài khoản bị khóa"),
    ("t", "x", "Điểm thành viên của {toi} tự dưng từ {points} điểm về 0, trong khi gần đây {toi} không dùng điểm cho đơn nào.", "Điểm thành viên bị mất"),
    ("l", "x", "{Toi} có hai tài khoản, một đăng ký bằng email, một bằng số điện thoại. {Toi} muốn gộp lại làm một để giữ lịch sử mua hàng.", "Gộp hai tài khoản"),
    ("t", "x", "{Toi} đổi điện thoại mới, đăng nhập bằng Google thì app lại tạo một tài khoản trống, không thấy đơn cũ đâu.", "Mất lịch sử đơn hàng khi đổi máy"),
    ("c", "s", "Một số lạ xưng là nhân viên Sao Mai Shop gọi cho {toi}, đọc đúng tên, địa chỉ và đơn hàng gần nhất rồi hỏi mã OTP.", "Nghi lộ thông tin khách hàng"),
    ("t", "xm", "Tên trong tài khoản bị sai chính tả mà phần hồ sơ không cho sửa. Nhờ {shop} sửa lại thành {name}.", "Sửa tên trong tài khoản"),
    ("t", "xm", "Email đăng ký tài khoản của {toi} là {email}, hộp thư này bị khóa rồi nên {toi} không nhận được thư xác thực.", "Không nhận được thư xác thực"),
    ("l", "q", "Tài khoản có bật được xác thực hai lớp không? {Toi} hay mua đồ giá trị cao nên muốn bảo mật hơn.", "Xác thực hai lớp"),
    ("c", "s", "Có người đã dùng tài khoản của {toi} để đổi hết {points} điểm thưởng lấy phiếu mua hàng, {toi} hoàn toàn không thực hiện.", "Điểm thưởng bị người khác đổi"),
    ("t", "x", "{Toi} đã tắt nhận tin quảng cáo trong phần cài đặt tài khoản mà ngày nào vẫn nhận tin nhắn.", "Vẫn nhận tin quảng cáo"),
    ("t", "x", "Hạng thành viên của {toi} bị hạ từ Vàng xuống Bạc, dù năm nay {toi} đã mua đủ số tiền để giữ hạng.", "Bị hạ hạng thành viên"),
    ("t", "x", "{Toi} muốn đổi email trong tài khoản nhưng hệ thống báo email mới đã được sử dụng, trong khi {toi} chưa từng đăng ký bằng email đó.", "Không đổi được email tài khoản"),
    ("l", "q", "Hai người trong gia đình có thể dùng chung một số điện thoại để đăng ký hai tài khoản không?", "Một số điện thoại hai tài khoản"),
    ("c", "s", "Mục 'Thiết bị đã đăng nhập' có một máy lạ ở {city2} mà {toi} chưa từng đến. {Toi} cần khóa tài khoản ngay.", "Thiết bị lạ đăng nhập tài khoản"),
    ("t", "nm", "Tài khoản doanh nghiệp của công ty {toi} cần thêm một người quản lý mới, vì nhân viên phụ trách cũ đã nghỉ việc.", "Thêm quản lý tài khoản doanh nghiệp"),
    ("t", "n", "{Toi} vừa đăng ký tài khoản mới nhưng không nhận được ưu đãi cho thành viên mới như quảng cáo, mục ưu đãi trống trơn.", "Thiếu ưu đãi thành viên mới"),
    ("t", "xm", "{Toi} muốn nhận bản sao toàn bộ thông tin cá nhân mà {shop} đang lưu về {toi}.", "Yêu cầu bản sao dữ liệu cá nhân"),
    ("t", "x", "Ngày sinh trong hồ sơ bị ghi nhầm nên {toi} không nhận được voucher sinh nhật, mà mục này lại không tự sửa được.", "Sai ngày sinh trong hồ sơ"),
    ("t", "x", "Cứ mỗi lần mở app là {toi} bị đăng xuất và phải đăng nhập lại từ đầu.", "Liên tục bị đăng xuất"),
    ("t", "nm", "{Toi} đăng ký tài khoản bằng số của người nhà, giờ muốn chuyển sang số của chính {toi} mà không mất điểm tích lũy.", "Chuyển số điện thoại chủ tài khoản"),
    ("t", "n", "Tài khoản của mẹ {toi} mới tạo hôm qua đã bị khóa với thông báo 'vi phạm chính sách', {toi} không hiểu vì sao.", "Tài khoản mới bị khóa"),
    ("c", "s", "Có người đăng nhập vào tài khoản của {toi} và đổi địa chỉ giao hàng mặc định sang một địa chỉ ở {district2}, {city2}.", "Tài khoản bị đổi địa chỉ"),
    ("t", "xm", "{Toi} muốn xóa thẻ ngân hàng đã lưu trong tài khoản nhưng không thấy nút xóa ở đâu.", "Xóa thẻ đã lưu"),
    ("t", "xm", "{Toi} quên mất đã dùng email nào để đăng ký, chỉ nhớ số điện thoại cũ. Làm sao để lấy lại tài khoản?", "Lấy lại tài khoản"),
    ("c", "s", "Mã OTP đăng nhập liên tục gửi về điện thoại của {toi} dù {toi} không yêu cầu, riêng sáng nay đã hơn mười tin.", "Nhận OTP liên tục"),
    ("l", "q", "Tài khoản có đổi được tên đăng nhập cho dễ nhớ không?", "Đổi tên đăng nhập"),
    ("t", "x", "Tài khoản của {toi} bị tạm khóa vì 'nghi ngờ gian lận' sau khi {toi} đặt ba đơn trong một ngày.", "Tài khoản bị tạm khóa vì nghi gian lận"),
    ("t", "x", "Sổ địa chỉ trong tài khoản cứ tự quay về địa chỉ cũ ở {city2}, dù {toi} đã lưu địa chỉ mới.", "Không lưu được địa chỉ mới"),
    ("t", "n", "{Toi} không nhận được email xác nhận đăng ký tài khoản, đã kiểm tra cả thư mục spam.", "Không nhận được email xác nhận đăng ký"),
    ("c", "s", "Đăng nhập vào tài khoản thì {toi} thấy tên và số điện thoại của một người khác, {toi} lo là dữ liệu bị lẫn.", "Tài khoản hiện thông tin người khác"),
    ("l", "q", "Điểm tích lũy có thời hạn không, và nếu không dùng thì bao lâu sẽ bị xóa?", "Thời hạn điểm tích lũy"),
    ("l", "x", "{Toi} muốn liên kết tài khoản với thẻ thành viên cũ làm ở cửa hàng {district} để cộng dồn điểm.", "Liên kết thẻ thành viên cũ"),
    ("c", "s", "{Toi} bị mất điện thoại mà trên đó vẫn đăng nhập sẵn app Sao Mai. Nhờ {shop} đăng xuất tài khoản khỏi mọi thiết bị.", "Mất điện thoại, cần đăng xuất tài khoản"),
    ("t", "x", "Đăng nhập bằng Facebook thì báo 'tài khoản đã tồn tại', còn đăng nhập bằng số điện thoại thì lại báo chưa đăng ký.", "Lỗi đăng nhập bằng Facebook"),
]

CORES["kỹ thuật"] = [
    ("t", "d", "Máy giặt báo lỗi {ecode} khi đang chạy được nửa chương trình rồi dừng hẳn, nước vẫn còn trong lồng.", "Máy giặt báo lỗi {ecode}"),
    ("t", "d", "{Toi} không kết nối được {smart} với wifi nhà, làm theo sách hướng dẫn mấy lần vẫn báo thất bại.", "Không kết nối được wifi"),
    ("c", "d", "Cắm sạc {charge} một lúc thì cục sạc nóng ran và có mùi khét, {toi} đã rút điện ngay.", "Cục sạc nóng và có mùi khét"),
    ("t", "a", "App Sao Mai trên điện thoại của {toi} cứ mở ra là bị thoát, gỡ ra cài lại vẫn vậy.", "App bị thoát liên tục"),
    ("t", "w", "Bấm vào giỏ hàng trên website thì màn hình trắng trơn, không hiện sản phẩm nào.", "Lỗi trang giỏ hàng"),
    ("t", "d", "Tủ lạnh mới mua ngăn mát không lạnh, trong khi ngăn đá vẫn đông đá bình thường. {Toi} cần hướng dẫn kiểm tra.", "Tủ lạnh ngăn mát không lạnh"),
    ("l", "q", "Sách hướng dẫn đi kèm {timer} chỉ có tiếng Anh, {toi} muốn hỏi cách cài hẹn giờ tắt.", "Cách hẹn giờ tắt"),
    ("c", "d", "Ổ cắm của bình nóng lạnh lóe tia lửa khi {toi} bật công tắc, giờ cả nhà không dám dùng nữa.", "Bình nóng lạnh lóe tia lửa"),
    ("t", "d", "Tivi bật lên có tiếng nhưng màn hình tối đen, đèn nguồn vẫn sáng đỏ.", "Tivi có tiếng không có hình"),
    ("t", "d", "Robot hút bụi cứ xoay vòng một chỗ rồi báo lỗi cảm biến, không tự về đế sạc được.", "Robot hút bụi báo lỗi cảm biến"),
    ("c", "d", "Nồi chiên không dầu đang dùng thì bốc khói trắng ở phía sau, {toi} rút điện rồi mà khói vẫn ra thêm một lúc.", "Nồi chiên bốc khói"),
    ("t", "d", "Tai nghe chỉ có một bên phát tiếng, bên kia vẫn kết nối nhưng không nghe thấy gì.", "Tai nghe mất tiếng một bên"),
    ("t", "d", "{Toi} cập nhật phần mềm cho {smart} theo thông báo trên app, cập nhật xong thì máy không khởi động được nữa.", "Lỗi sau khi cập nhật phần mềm"),
    ("t", "d", "Điều hòa chạy được khoảng mười lăm phút thì tự tắt, đèn trên dàn lạnh nháy liên tục.", "Điều hòa tự tắt"),
    ("t", "w", "Ô tìm kiếm trên website không trả về kết quả nào, dù {toi} gõ đúng tên sản phẩm.", "Tìm kiếm trên web không ra kết quả"),
    ("l", "q", "Laptop mua ở {shop} đã được kích hoạt bản quyền Windows sẵn chưa, hay {toi} phải tự cài?", "Hỏi về bản quyền Windows"),
    ("t", "d", "Bếp từ cứ báo lỗi {ecode} và kêu bíp bíp mỗi khi {toi} đặt nồi inox lên, dù nồi có đáy từ.", "Bếp từ báo lỗi {ecode}"),
    ("t", "d", "Từ lúc {toi} đổi điện thoại, đồng hồ thông minh không đồng bộ được số bước chân với ứng dụng nữa.", "Đồng hồ không đồng bộ"),
    ("c", "d", "Ổ điện chỗ cắm máy sấy tóc bị chảy nhựa sau vài phút sử dụng.", "Ổ điện chảy nhựa khi dùng máy sấy"),
    ("t", "d", "Máy lọc nước chảy rất yếu, dù lõi lọc mới thay được hai tháng.", "Máy lọc nước chảy yếu"),
    ("l", "q", "Máy lọc không khí bao lâu thì phải thay màng lọc, và mua màng lọc chính hãng ở đâu?", "Thay màng lọc không khí"),
    ("t", "a", "Phần theo dõi đơn hàng trên app không tải được, chỉ hiện vòng xoay mãi.", "App không tải được trang theo dõi đơn"),
    ("t", "d", "Lò vi sóng vẫn sáng đèn, quạt vẫn chạy nhưng thức ăn bỏ vào không nóng lên chút nào.", "Lò vi sóng không làm nóng"),
    ("t", "d", "Chuột không dây lúc nhận lúc không, {toi} đã thay pin mới rồi vẫn vậy.", "Chuột không dây chập chờn"),
    ("c", "d", "Máy tính bảng nóng lên rất nhanh khi sạc, có lúc nóng đến mức không cầm nổi.", "Máy tính bảng quá nóng khi sạc"),
    ("t", "d", "Loa bluetooth kết nối với điện thoại được, nhưng cứ vài phút lại mất tiếng một lần.", "Loa bluetooth mất tiếng"),
    ("t", "w", "Đường link tải hướng dẫn sử dụng {product} trong email bị lỗi 404, trên website cũng không tìm thấy.", "Link hướng dẫn sử dụng bị lỗi"),
    ("t", "d", "Màn hình 27 inch có một đường sọc dọc màu xanh, chỉnh độ phân giải vẫn không hết. {Toi} cần hướng dẫn khắc phục.", "Màn hình bị sọc"),
    ("t", "d", "Máy pha cà phê cứ báo thiếu nước dù bình chứa đã đầy, {toi} cần hướng dẫn cách xử lý.", "Máy pha cà phê báo thiếu nước"),
    ("t", "d", "Máy hút mùi rung và kêu rất to khi bật ở mức mạnh nhất, mới lắp được một tuần.", "Máy hút mùi rung mạnh"),
    ("t", "d", "Camera an ninh cứ đêm là mất kết nối, sáng ra mới tự kết nối lại, nên {toi} mất hết đoạn ghi hình ban đêm.", "Camera mất kết nối ban đêm"),
    ("t", "w", "Cứ bấm sang bước đặt hàng trên website là trang tự tải lại rồi quay về trang chủ, {toi} không đặt hàng được.", "Website lỗi khi đặt hàng"),
    ("t", "d", "Bàn phím cơ bị liệt mấy phím chữ, cắm sang máy tính khác vẫn vậy.", "Bàn phím liệt phím"),
    ("t", "d", "Router wifi cứ tối là rớt mạng, phải khởi động lại mới vào được.", "Router rớt mạng buổi tối"),
    ("t", "d", "Máy ép chậm bị kẹt: trục không quay, chỉ nghe tiếng động cơ gầm.", "Máy ép chậm bị kẹt"),
    ("c", "d", "Ấm siêu tốc đun sôi rồi mà không tự ngắt, nước cứ sôi sùng sục cho đến khi {toi} rút điện.", "Ấm siêu tốc không tự ngắt"),
    ("l", "q", "Làm sao để kết nối bàn chải điện với app để xem thống kê đánh răng? {Toi} tìm mãi không thấy mục ghép đôi.", "Kết nối bàn chải điện với app"),
    ("t", "w", "Khung chat hỗ trợ trên website không gửi được tin nhắn, bấm gửi là báo 'lỗi kết nối máy chủ'.", "Khung chat trên web bị lỗi"),
    ("t", "d", "Điện thoại mới mua hao pin rất nhanh, để yên không dùng mà qua một đêm cũng mất 20%.", "Điện thoại hao pin"),
    ("t", "d", "Quạt điều hòa bị rỉ nước ra sàn, dù {toi} chỉ đổ nước đến đúng vạch quy định.", "Quạt điều hòa rỉ nước"),
    ("t", "a", "Thông báo của app không hiện trên điện thoại, nên {toi} không biết khi nào đơn hàng được cập nhật.", "Không nhận được thông báo từ app"),
]

CORES["góp ý"] = [
    ("l", "f", "{Toi} muốn khen bạn giao hàng hôm {dm}: trời mưa to mà bạn vẫn bọc hàng kỹ và gọi điện trước rất lịch sự.", "Khen nhân viên giao hàng"),
    ("l", "f", "App Sao Mai nên có chế độ nền tối, buổi tối xem đỡ chói mắt hơn.", "Đề xuất chế độ nền tối cho app"),
    ("l", "f", "Lần này {product} được bọc quá nhiều nilon và xốp, mong {shop} cân nhắc dùng vật liệu thân thiện với môi trường hơn.", "Góp ý về bao bì"),
    ("l", "f", "Nhân viên tư vấn ở cửa hàng {district} rất am hiểu sản phẩm, giải thích cặn kẽ nên {toi} chọn được đúng {product} cần dùng.", "Lời khen cho nhân viên tư vấn"),
    ("l", "f", "Trang web nên có bộ lọc theo mức tiêu thụ điện khi tìm tủ lạnh và điều hòa, để khách dễ so sánh.", "Đề xuất thêm bộ lọc tìm kiếm"),
    ("l", "n", "Mong {shop} sớm mở thêm cửa hàng ở {hometown}, hiện muốn xem hàng tận mắt thì phải đi khá xa.", "Mong mở cửa hàng ở {hometown}"),
    ("l", "f", "{Toi} rất hài lòng với {motor} mua ở {shop}, dùng hơn ba tháng rồi vẫn chạy êm.", "Hài lòng với sản phẩm"),
    ("l", "f", "Phần đánh giá sản phẩm trên web nên cho đính kèm video, vì có những lỗi phải quay video mới thấy rõ.", "Góp ý phần đánh giá sản phẩm"),
    ("l", "f", "Bạn tổng đài viên hôm {dm} hỗ trợ {toi} rất nhiệt tình, xử lý còn nhanh hơn {toi} nghĩ.", "Cảm ơn tổng đài viên"),
    ("l", "f", "{Shop} có thể nhắn tin nhắc lịch thay lõi lọc nước hay màng lọc không khí thì tiện cho khách hơn.", "Đề xuất nhắc lịch thay lõi lọc"),
    ("l", "f", "Trang sản phẩm nên ghi rõ kích thước khi còn bao bì, để khách tính chỗ đặt và đường đưa hàng lên nhà.", "Góp ý thông tin kích thước"),
    ("l", "f", "Chương trình thu cũ đổi mới tháng vừa rồi rất hay, mong {shop} tổ chức thường xuyên hơn.", "Chương trình thu cũ đổi mới"),
    ("l", "f", "Buổi tối gọi tổng đài phải chờ khá lâu, {shop} nên cân nhắc thêm người trực khung 19h–21h.", "Thời gian chờ tổng đài"),
    ("l", "f", "{Toi} thích việc {shop} gửi kèm video hướng dẫn lắp đặt theo đơn hàng, rất dễ làm theo.", "Video hướng dẫn lắp đặt rất hữu ích"),
    ("l", "f", "Email xác nhận đơn hàng nên ghi thêm khung giờ giao dự kiến chứ không chỉ có ngày.", "Góp ý email xác nhận đơn"),
    ("l", "f", "Mong {shop} có thêm lựa chọn trả góp qua ví {wallet}, vì nhiều người trẻ dùng ví nhiều hơn thẻ.", "Đề xuất trả góp qua ví"),
    ("l", "f", "Cảm ơn anh kỹ thuật viên đã đến lắp điều hòa cho nhà {toi} hôm {dm}, làm gọn gàng và dọn dẹp sạch sẽ trước khi về.", "Cảm ơn đội lắp đặt"),
    ("l", "f", "Giao diện app mới đẹp hơn nhưng nút giỏ hàng bị dời xuống dưới, {toi} thấy hơi khó tìm.", "Góp ý giao diện app mới"),
    ("l", "f", "Trang web nên có chức năng so sánh hai sản phẩm cạnh nhau, giờ {toi} phải mở nhiều tab rất bất tiện.", "Đề xuất chức năng so sánh"),
    ("l", "f", "Chính sách đổi trả của {shop} rõ ràng và nhanh gọn hơn nhiều nơi khác, {toi} rất yên tâm khi mua.", "Khen chính sách đổi trả"),
    ("l", "f", "Cửa hàng ở {district} nên có thêm chỗ để xe máy, cuối tuần rất khó tìm chỗ đỗ.", "Góp ý chỗ để xe"),
    ("l", "f", "Nên cho khách chọn khung giờ giao hàng cụ thể khi đặt, như vậy đỡ phải chờ cả ngày.", "Đề xuất chọn khung giờ giao"),
    ("l", "f", "{Toi} đánh giá cao việc {shop} nhắn tin báo khi sản phẩm trong danh sách yêu thích giảm giá.", "Tính năng báo giảm giá rất hay"),
    ("l", "f", "Các bài tư vấn chọn mua trên web rất bổ ích, mong {shop} viết thêm về máy lọc nước và bếp từ.", "Bài tư vấn rất bổ ích"),
    ("l", "f", "Chữ trên hóa đơn giấy hơi nhỏ, bố mẹ {toi} lớn tuổi đọc khá vất vả.", "Chữ trên hóa đơn quá nhỏ"),
    ("l", "f", "Hộp quà tặng kèm dịp Tết năm nay rất đẹp, cả nhà {toi} đều thích.", "Hộp quà Tết rất đẹp"),
    ("l", "f", "{Shop} có thể cân nhắc cho thuê dùng thử robot hút bụi vài ngày trước khi mua, {toi} nghĩ nhiều người sẽ quan tâm.", "Ý tưởng cho thuê dùng thử"),
    ("l", "f", "Bạn thu ngân ở cửa hàng {district} hôm {dm} hơi thiếu niềm nở, mong {shop} nhắc nhở nhẹ nhàng.", "Góp ý thái độ thu ngân"),
    ("l", "f", "Thẻ thành viên điện tử trên app rất tiện, không phải mang thẻ nhựa như trước.", "Thẻ thành viên điện tử tiện lợi"),
    ("l", "f", "Mong {shop} làm thêm bản tiếng Anh cho app để người nước ngoài sống ở Việt Nam cũng mua dễ dàng.", "Đề xuất app tiếng Anh"),
    ("l", "f", "{Toi} gửi lời khen đến đội lắp đặt ở {city}: đúng giờ, cẩn thận, giải thích cách dùng rất dễ hiểu.", "Khen đội lắp đặt"),
    ("l", "f", "Khi ra mắt sản phẩm mới, {shop} nên tổ chức buổi trải nghiệm tại cửa hàng để khách dùng thử.", "Đề xuất buổi trải nghiệm sản phẩm"),
    ("l", "f", "Mục câu hỏi thường gặp nên bổ sung thông tin về bảo hành điện tử, {toi} đọc mãi vẫn không thấy.", "Bổ sung mục câu hỏi thường gặp"),
    ("l", "f", "Giá trên web và ở cửa hàng đôi khi chênh nhau, {shop} nên đồng bộ để khách khỏi thắc mắc.", "Góp ý về đồng bộ giá"),
    ("l", "f", "{Toi} đã giới thiệu {shop} cho mấy người bạn cùng cơ quan, vì dịch vụ sau bán hàng rất tốt.", "Dịch vụ sau bán hàng rất tốt"),
    ("l", "f", "Chương trình tích điểm nên cho đổi điểm lấy dịch vụ vệ sinh máy lạnh, {toi} thấy như vậy thiết thực hơn voucher.", "Góp ý chương trình tích điểm"),
    ("l", "f", "Tin nhắn quảng cáo gửi lúc gần 11 giờ đêm hơi làm phiền, {shop} nên gửi vào giờ hành chính.", "Giờ gửi tin quảng cáo"),
    ("l", "n", "Lần đầu {toi} mua online ở {shop} mà mọi thứ suôn sẻ từ lúc đặt đến lúc nhận, thật sự rất ấn tượng.", "Lần đầu mua online rất hài lòng"),
    ("l", "f", "Tờ hướng dẫn tiếng Việt đi kèm {product} viết dễ hiểu, hình minh họa rõ ràng. {Shop} làm tốt lắm.", "Hướng dẫn sử dụng dễ hiểu"),
    ("l", "f", "{Shop} nên đặt thùng thu gom pin và đồ điện tử cũ tại cửa hàng, {toi} sẵn sàng mang đến.", "Đề xuất thu gom pin cũ"),
    ("l", "f", "Bạn trực chat tên {staff} hướng dẫn {toi} rất kiên nhẫn, dù {toi} hỏi khá nhiều.", "Khen nhân viên trực chat"),
]

CATEGORY_KEYS = {
    "thanh toán": "thanh_toan",
    "giao hàng": "giao_hang",
    "đổi trả": "doi_tra",
    "tài khoản": "tai_khoan",
    "kỹ thuật": "ky_thuat",
    "góp ý": "gop_y",
}
CATEGORIES = list(CATEGORY_KEYS)

# ---------------------------------------------------------------------------
# Category context sentences: (kinds they fit, text). A context fits a core
# when the core's kind letter is among the context's kinds.
# ---------------------------------------------------------------------------

CONTEXTS = {}
CONTEXTS["giao hàng"] = [
    ("o", "Đơn này {toi} đã thanh toán trước qua {wallet} ngay lúc đặt."),
    ("o", "Tiền hàng {toi} đã chuyển khoản đủ từ hôm đặt, {shop} cũng đã xác nhận."),
    ("o", "Lúc đặt, {toi} chọn trả tiền mặt khi nhận hàng."),
    ("o", "Hóa đơn điện tử của đơn thì {toi} đã nhận qua email rồi."),
    ("o", "{Toi} đặt đơn này qua app Sao Mai trên điện thoại."),
    ("o", "Số điện thoại trong đơn là số chính chủ của {toi}."),
    ("o", "{Toi} có thử tra trên trang của đơn vị vận chuyển nhưng thông tin không rõ ràng."),
    ("o", "Món này {toi} mua để tặng người thân."),
    ("oq", "Trước đây {toi} mua ở {shop} đều được giao khá đúng hẹn."),
    ("q", "{Toi} đang tính mua thêm ít đồ gia dụng cho nhà mới."),
    ("q", "{Toi} đã đọc phần chính sách vận chuyển trên web nhưng chưa thấy ghi rõ."),
    ("q", "Nếu thuận tiện thì {toi} sẽ đặt hàng trong tuần này."),
    ("oq", "Nhà {toi} cách trung tâm {city} khoảng mười cây số."),
    ("o", "Tài khoản của {toi} vẫn lưu đúng số điện thoại liên lạc."),
]
CONTEXTS["thanh toán"] = [
    ("bt", "{Toi} vẫn giữ ảnh chụp màn hình giao dịch để đối chiếu khi cần."),
    ("btciq", "Tài khoản của {toi} trên app vẫn đăng nhập và dùng bình thường."),
    ("btciq", "Trước giờ {toi} mua và thanh toán ở {shop} đều suôn sẻ."),
    ("q", "{Toi} định mua trong đợt khuyến mãi sắp tới nên hỏi trước cho chắc."),
    ("q", "{Toi} đã xem mục hướng dẫn thanh toán trên web nhưng chưa thấy nói rõ."),
    ("c", "Bộ phận kế toán công ty {toi} đang cần chứng từ này để quyết toán."),
    ("ci", "Hàng đã giao tới đầy đủ, {toi} chỉ còn vướng phần giấy tờ này."),
    ("b", "{Toi} đã gọi tổng đài ngân hàng và được hướng dẫn liên hệ phía người bán để kiểm tra."),
    ("b", "Số tiền này khá lớn với {toi} nên {toi} rất lo."),
    ("t", "{Toi} đã tự xem lại các bước đặt hàng, không thấy có bước nào làm sai."),
    ("q", "Gia đình {toi} đang cần sắm thêm vài món đồ điện."),
    ("bt", "Đơn hàng này {toi} đặt cho bố mẹ ở quê dùng."),
]
CONTEXTS["đổi trả"] = [
    ("o", "Hàng giao tới khá nhanh, shipper cũng nhiệt tình."),
    ("o", "{Toi} đã thanh toán đầy đủ bằng thẻ {bank} khi đặt hàng."),
    ("o", "{Toi} vẫn giữ hóa đơn mua hàng."),
    ("oq", "{Toi} đã đọc chính sách đổi trả trên web nhưng vẫn còn thắc mắc."),
    ("o", "Sản phẩm vẫn còn trong thời hạn đổi trả theo chính sách."),
    ("q", "{Toi} đang cân nhắc mua thêm một món nữa nên muốn hỏi trước."),
    ("o", "Lúc nhận hàng {toi} đã ký xác nhận vì thùng bên ngoài trông vẫn bình thường."),
    ("r", "{Toi} đã gửi kèm đầy đủ phụ kiện và phiếu bảo hành khi trả hàng."),
    ("oq", "Tài khoản của {toi} vẫn hiện đầy đủ lịch sử đơn hàng."),
    ("o", "Đơn hàng được giao bởi Sao Mai Express."),
    ("q", "Bạn {toi} cũng định mua ở {shop} nên nhờ {toi} hỏi giúp."),
]
CONTEXTS["tài khoản"] = [
    ("xqs", "{Toi} dùng app Sao Mai trên điện thoại Android."),
    ("xs", "Các đơn hàng trước đây của {toi} đều giao nhận và thanh toán bình thường."),
    ("xs", "Tài khoản này {toi} dùng đã mấy năm, tích được khá nhiều điểm."),
    ("xs", "Số điện thoại và email trong tài khoản đều do {toi} đứng tên."),
    ("q", "{Toi} hỏi trước cho chắc để khỏi làm sai."),
    ("q", "{Toi} có xem qua mục câu hỏi thường gặp nhưng chưa thấy câu trả lời."),
    ("s", "Trong tài khoản có lưu thẻ ngân hàng nên {toi} rất lo."),
    ("s", "Mật khẩu của {toi} khá mạnh và chưa từng chia sẻ cho ai."),
    ("xs", "{Toi} đăng nhập chủ yếu trên điện thoại, thỉnh thoảng mới dùng máy tính."),
    ("xq", "Ngoài chuyện này ra thì mua hàng ở {shop} vẫn rất thuận tiện."),
]
CONTEXTS["kỹ thuật"] = [
    ("d", "Máy mới mua chưa được bao lâu, {toi} dùng đúng theo hướng dẫn."),
    ("d", "Hàng giao đúng hẹn, {toi} cũng đã thanh toán đầy đủ."),
    ("d", "{Toi} không cần đổi trả gì, chỉ mong máy chạy lại bình thường."),
    ("d", "Điện nhà {toi} ổn định, các thiết bị khác vẫn dùng bình thường."),
    ("d", "Sản phẩm vẫn còn trong thời gian bảo hành."),
    ("a", "{Toi} đã cập nhật app lên phiên bản mới nhất."),
    ("a", "{Toi} đã thử xóa bộ nhớ đệm và khởi động lại điện thoại."),
    ("w", "{Toi} đã thử đổi trình duyệt và xóa lịch sử duyệt web nhưng vẫn vậy."),
    ("aw", "Mạng internet nhà {toi} vẫn ổn, vào các trang khác bình thường."),
    ("q", "{Toi} không rành máy móc lắm nên hỏi hơi kỹ."),
    ("q", "{Toi} đã tìm trên mạng nhưng mỗi nơi hướng dẫn một kiểu."),
    ("w", "{Toi} dùng máy tính xách tay, trình duyệt đã cập nhật bản mới nhất."),
]
CONTEXTS["góp ý"] = [
    ("f", "{Toi} mua hàng ở {shop} được khoảng {years} năm rồi."),
    ("f", "Gần đây nhà {toi} mới sắm thêm mấy món đồ điện."),
    ("f", "{Toi} thường đặt hàng qua app vì tiện."),
    ("f", "Cả nhà {toi} đều hay mua đồ điện ở {shop}."),
    ("f", "Nhân dịp cuối năm, {toi} viết vài dòng gửi {shop}."),
    ("f", "{Toi} hay đọc các bài tư vấn trên web trước khi mua."),
    ("f", "{Toi} không phải người hay viết đánh giá, nhưng lần này muốn gửi vài lời."),
    ("f", "Tuần trước {toi} có ghé cửa hàng ở {district}."),
    ("f", "Thanh toán và giao hàng lần gần nhất đều nhanh gọn."),
    ("f", "Đơn gần nhất của {toi} là {order}, hàng về đúng hẹn."),
    ("f", "Tháng nào {toi} cũng mua vài món trên app Sao Mai."),
    ("f", "Đây chỉ là vài ý kiến nhỏ từ phía khách hàng."),
]

# Context sentences that fit any problem email (not feedback).
GENERIC_CONTEXTS = [
    "{Toi} là khách quen của {shop} mấy năm nay.",
    "{Toi} mua sắm ở {shop} khá thường xuyên.",
    "{Toi} đã đọc phần câu hỏi thường gặp trên web nhưng không thấy trường hợp giống của {toi}.",
    "Gia đình {toi} dùng khá nhiều đồ điện máy mua ở {shop}.",
    "{Toi} đã thử gọi tổng đài nhưng máy bận liên tục.",
    "Chat trên web chờ mãi không thấy ai trả lời nên {toi} gửi email này.",
    "Bạn {toi} giới thiệu {shop} nên {toi} mới mua ở đây.",
    "{Toi} không rành công nghệ lắm, trình bày có gì chưa rõ mong {shop} bỏ qua.",
    "Mấy ngày nay {toi} bận nên giờ mới viết thư được.",
    "{Toi} có nhắn tin qua fanpage nhưng chưa thấy ai trả lời.",
    "{Toi} đã đọc kỹ các điều khoản trên website trước khi viết thư này.",
    "{Toi} viết thư này trong giờ nghỉ trưa ở cơ quan.",
    "Trước đây mỗi lần cần hỗ trợ {toi} đều được giúp rất nhanh.",
    "Thư này {toi} gửi từ email cá nhân cho tiện trao đổi.",
    "Người nhà khuyên {toi} nên viết email cho rõ ràng.",
    "{Toi} có ghi chép lại đầy đủ thời gian và các bước đã làm.",
]

INTROS = [
    "{Toi} là {name}, khách hàng của {shop}.",
    "{Toi} tên là {name}.",
    "{Toi} là {name}, ở {city}.",
    "{Toi} là {name}, đã mua hàng ở {shop} vài lần.",
    "{Toi} tên {name}, số điện thoại đăng ký có đuôi {last3}.",
    "{Toi} là {name}, chủ tài khoản đăng ký bằng email {email}.",
    "{Toi} là {name}, thành viên thân thiết của {shop}.",
    "{Toi} là {name}, đang sống ở {city}.",
    "{Toi} là {name}, hay đặt hàng qua app Sao Mai.",
    "{Toi} là {name}, phụ trách mua sắm cho một văn phòng nhỏ ở {city}.",
    "Tên {toi} là {name}.",
    "{Toi} là {name}, nhà ở {district}.",
    "Xin tự giới thiệu, {toi} là {name}.",
    "{Toi} là {name}, gửi thư từ {city}.",
]

# Tone sentences for problem emails whose core is not a low-priority
# question. None of them contains an urgency marker.
TONES = [
    "Thật sự {toi} rất thất vọng.",
    "{Toi} đã chờ khá lâu rồi.",
    "Đây không phải lần đầu {toi} gặp chuyện này.",
    "{Toi} hơi lo nên viết thư này.",
    "Chuyện này khiến {toi} khá khó chịu.",
    "{Toi} đã gọi tổng đài hai lần nhưng vẫn chưa được giải quyết.",
    "Là khách hàng lâu năm, {toi} thấy chuyện này rất khó chấp nhận.",
    "{Toi} không muốn phải nhắc lại chuyện này thêm lần nào nữa.",
    "Cả nhà {toi} đang rất sốt ruột.",
    "Nói thật là {toi} bắt đầu mất kiên nhẫn rồi.",
    "{Toi} thực sự không hiểu sao lại xảy ra chuyện này.",
    "{Toi} mong chuyện này không lặp lại.",
    "Trước giờ mua ở {shop} {toi} chưa gặp chuyện gì như vậy.",
    "Quá thất vọng!",
    "{Toi} rất lo vì chưa biết xử lý thế nào.",
    "Thú thật {toi} thấy rất phiền.",
]

# Requests for problem emails: (fits "a" any core, "i" issues but not
# questions, "g" grievances only (not questions, not calm requests), text).
REQUESTS = [
    ("i", "Nhờ {shop} kiểm tra và xử lý giúp {toi}."),
    ("a", "Mong {shop} phản hồi sớm."),
    ("a", "{Toi} chờ phản hồi của {shop}."),
    ("a", "Phiền {shop} liên hệ lại với {toi} qua số điện thoại đã đăng ký."),
    ("a", "Rất mong nhận được sự hỗ trợ từ {shop}."),
    ("i", "Cho {toi} xin hướng xử lý cụ thể."),
    ("g", "{Toi} cần {shop} giải thích rõ chuyện này."),
    ("a", "Nhờ {shop} xem giúp {toi} với."),
    ("a", "Mong sớm nhận được câu trả lời."),
    ("a", "Có gì {shop} gọi lại cho {toi} nhé."),
    ("i", "{Toi} cần biết bây giờ phải làm gì tiếp."),
    ("a", "Xin {shop} hỗ trợ sớm."),
    ("i", "Nhờ {shop} kiểm tra lại giúp."),
    ("i", "Nhờ bộ phận liên quan xử lý giúp {toi}."),
    ("a", "Mong được hướng dẫn cụ thể."),
    ("a", "{Shop} trả lời giúp {toi} qua email này là được."),
    ("g", "{Toi} mong {shop} giải quyết thỏa đáng."),
    ("a", "Cảm phiền {shop} giải đáp giúp."),
]

# Closers for feedback emails.
FEEDBACK_CLOSERS = [
    "Chúc {shop} ngày càng phát triển.",
    "Mong vài dòng này giúp ích cho {shop}.",
    "Chúc cả đội làm việc vui vẻ.",
    "Cảm ơn {shop} đã đọc thư.",
    "Chúc {shop} buôn may bán đắt.",
    "{Toi} sẽ tiếp tục ủng hộ {shop}.",
    "Hy vọng {shop} sẽ cân nhắc.",
    "Cảm ơn {shop} đã lắng nghe.",
    "Vài dòng chia sẻ, mong {shop} không phiền.",
    "Chúc {shop} một mùa mua sắm cuối năm thật thành công.",
    "Thân chúc {shop} sức khỏe và thành công.",
    "{Toi} chỉ muốn chia sẻ vậy thôi.",
]

# Urgency sentences. Each contains an urgency marker; adding one to an email
# raises its priority to "cao".
URGENCY = [
    "Nhờ {shop} xử lý gấp giúp {toi}.",
    "Việc này {toi} cần giải quyết trong hôm nay.",
    "{Toi} cần câu trả lời trước 5 giờ chiều nay, mong {shop} xử lý gấp.",
    "Rất gấp, mong {shop} ưu tiên giúp.",
    "Thứ Sáu này {toi} phải đi công tác nên cần xong trước đó, nhờ {shop} làm gấp.",
    "Mong {shop} phản hồi ngay trong hôm nay.",
    "{Toi} cần gấp, không thể chờ thêm được nữa.",
    "Hạn chót là sáng mai, nhờ {shop} hỗ trợ gấp.",
    "Đây là việc khẩn cấp, xin {shop} liên hệ lại ngay.",
    "Nhờ {shop} ưu tiên xử lý ngay trong hôm nay giúp {toi}.",
    "Trước 12 giờ trưa mai mà chưa xong thì {toi} sẽ rất khó xử, mong {shop} làm gấp.",
    "Việc này gấp lắm, nhờ {shop} gọi lại cho {toi} càng sớm càng tốt.",
    "Xin hãy xử lý khẩn trong hôm nay.",
    "Trong hôm nay {toi} cần có kết quả.",
    "Gấp lắm, mong {shop} hỗ trợ liền.",
    "{Toi} cần xử lý xong trong hôm nay vì mai là hạn cuối rồi.",
]
URGENT_SUBJECT_PREFIXES = ["[GẤP] ", "GẤP: ", "[Khẩn] ", "Khẩn: ", "(Gấp) ", "Gấp - ", "GẤP!!! ", "[Cần xử lý gấp] "]

GREETINGS = {
    "formal": [
        "Kính gửi Quý công ty,",
        "Kính gửi bộ phận Chăm sóc khách hàng Sao Mai Shop,",
        "Kính gửi Sao Mai Shop,",
        "Thưa Quý công ty,",
        "Chào Sao Mai Shop,",
        "Xin chào bộ phận hỗ trợ khách hàng,",
        "Chào anh chị bên chăm sóc khách hàng,",
        "Kính gửi Ban quản lý Sao Mai Shop,",
        "Xin chào Sao Mai Shop,",
        "Gửi bộ phận chăm sóc khách hàng,",
        "Kính gửi Phòng Chăm sóc khách hàng,",
        "Kính gửi anh chị phụ trách,",
        "Thưa bộ phận hỗ trợ của Sao Mai Shop,",
        "Xin chào anh chị,",
    ],
    "em": [
        "Dạ em chào shop ạ,",
        "Shop ơi,",
        "Em chào anh chị bên Sao Mai ạ,",
        "Chào shop ạ,",
        "Dạ chào anh chị,",
        "Ad ơi,",
        "Em chào bộ phận chăm sóc khách hàng ạ,",
        "Dạ shop ơi,",
        "Chào anh chị Sao Mai Shop ạ,",
        "Anh chị ơi,",
        "Dạ em chào anh chị ạ,",
        "Shop ơi shop,",
        "Em chào Sao Mai Shop ạ,",
        "Dạ anh chị CSKH ơi,",
    ],
    "casual": [
        "Chào shop,",
        "Hi shop,",
        "Alo shop ơi,",
        "Chào bạn,",
        "Hello Sao Mai,",
        "Hi Sao Mai Shop,",
        "Chào team Sao Mai,",
        "Xin chào shop,",
        "Hey shop,",
        "Chào các bạn CSKH,",
        "Chào mọi người,",
        "Hi team,",
        "Hello các bạn,",
        "Chào các bạn bên Sao Mai,",
    ],
}

CLOSINGS = {
    "formal": [
        "Trân trọng cảm ơn.",
        "Xin chân thành cảm ơn.",
        "Xin cảm ơn Quý công ty.",
        "Cảm ơn anh chị đã dành thời gian đọc thư.",
        "Xin cảm ơn và chúc Quý công ty một ngày tốt lành.",
        "Tôi xin cảm ơn.",
        "Xin cảm ơn.",
        "Rất cảm ơn sự quan tâm của Quý công ty.",
        "Chúc anh chị một ngày làm việc hiệu quả.",
        "Xin trân trọng cảm ơn Quý công ty.",
        "Chân thành cảm ơn anh chị.",
        "Trân trọng.",
        "Cảm ơn Quý công ty đã quan tâm.",
    ],
    "em": [
        "Em cảm ơn shop ạ.",
        "Em cảm ơn nhiều ạ!",
        "Em cảm ơn anh chị nhiều.",
        "Dạ em cảm ơn.",
        "Cảm ơn anh chị ạ.",
        "Em cảm ơn shop nhiều nha.",
        "Em cảm ơn ạ, chúc shop một ngày vui.",
        "Em cám ơn ạ.",
        "Em cảm ơn anh chị đã đọc thư ạ.",
        "Dạ em cảm ơn shop nhiều.",
        "Em cảm ơn ạ.",
        "Em xin cảm ơn ạ.",
        "Dạ em cảm ơn anh chị ạ.",
    ],
    "casual": [
        "Cảm ơn shop nhé.",
        "Thanks shop!",
        "Cảm ơn bạn nha.",
        "Mình cảm ơn.",
        "Cảm ơn nhiều!",
        "Thank you shop nha.",
        "Cảm ơn các bạn.",
        "Thanks nhé!",
        "Cảm ơn shop, chúc một ngày vui vẻ.",
        "Cảm ơn shop nhiều nha.",
        "Thanks!",
        "Cảm ơn nhé.",
        "Tks shop nhiều.",
    ],
}

SIGNATURES = {
    "formal": [
        "Trân trọng,\n{name}",
        "Kính thư,\n{name}",
        "Người gửi: {name}",
        "{name}",
        "Trân trọng,\n{name}\n{city}",
        "Khách hàng {name}",
        "Trân trọng kính chào,\n{name}",
        "Người gửi: {name}, {city}",
        "Kính thư,\n{name} ({city})",
        "{name}\nKhách hàng thân thiết",
    ],
    "em": [
        "Em {gname}",
        "Khách hàng: {name}",
        "{gname}, {city}",
        "{name} ({city})",
        "Người gửi: {gname}",
        "Khách hàng {gname}",
        "{name}\nSĐT đuôi {last3}",
        "Người mua: {name}",
        "Em {gname} ({city})",
        "Em là {gname}, khách của shop",
    ],
    "casual": [
        "{gname}",
        "— {gname}",
        "Best,\n{gname}",
        "Thân,\n{gname}",
        "{gname} - {city}",
        "{gname} đây",
        "Thân mến,\n{gname}",
        "Cheers,\n{gname}",
        "{gname} ({city})",
        "— {name}",
    ],
}

GENERIC_SUBJECTS = [
    "Cần hỗ trợ",
    "Yêu cầu hỗ trợ",
    "Nhờ shop giúp đỡ",
    "Xin hỗ trợ",
    "Thắc mắc cần giải đáp",
    "Liên hệ từ khách hàng",
    "Hỗ trợ khách hàng",
    "Mong được giải đáp",
    "Gửi bộ phận chăm sóc khách hàng",
    "Câu hỏi của khách hàng",
    "Nhờ kiểm tra giúp",
    "Vấn đề cần hỗ trợ",
    "Khách hàng cần tư vấn",
    "Hỏi shop chút",
    "Mong shop phản hồi",
    "Cần giải đáp",
]

CATEGORY_SUBJECTS = {
    "giao hàng": [
        "Về việc giao hàng", "Thắc mắc về giao hàng", "Giao nhận hàng",
        "Liên quan đến vận chuyển", "Vận chuyển đơn hàng", "Hỗ trợ giao hàng",
        "Hỏi về vận chuyển", "Vấn đề giao nhận", "Giao hàng", "Cần hỗ trợ giao hàng",
    ],
    "thanh toán": [
        "Về việc thanh toán", "Thắc mắc về thanh toán", "Thanh toán",
        "Hỗ trợ thanh toán", "Liên quan đến tiền hàng", "Vấn đề thanh toán",
        "Hỏi về thanh toán", "Thanh toán và hóa đơn", "Cần hỗ trợ về thanh toán",
        "Về khoản thanh toán",
    ],
    "đổi trả": [
        "Về việc đổi trả", "Yêu cầu đổi trả", "Đổi trả hàng", "Hỏi về đổi trả",
        "Đổi hàng / trả hàng", "Hỗ trợ đổi trả", "Liên quan đến hoàn tiền",
        "Vấn đề đổi trả", "Đổi trả và hoàn tiền", "Cần hỗ trợ đổi trả",
    ],
    "tài khoản": [
        "Về tài khoản", "Vấn đề tài khoản", "Hỗ trợ tài khoản",
        "Tài khoản thành viên", "Hỏi về tài khoản", "Tài khoản",
        "Cần hỗ trợ tài khoản", "Thắc mắc về tài khoản", "Thông tin tài khoản",
        "Liên quan đến tài khoản",
    ],
    "kỹ thuật": [
        "Hỗ trợ kỹ thuật", "Cần hỗ trợ kỹ thuật", "Lỗi kỹ thuật",
        "Hỏi về kỹ thuật", "Vấn đề kỹ thuật", "Yêu cầu hỗ trợ kỹ thuật",
        "Kỹ thuật", "Thắc mắc kỹ thuật", "Nhờ hướng dẫn kỹ thuật",
        "Trợ giúp kỹ thuật",
    ],
    "góp ý": [
        "Góp ý", "Vài lời góp ý", "Ý kiến khách hàng", "Chia sẻ từ khách hàng",
        "Phản hồi dịch vụ", "Góp ý nhỏ", "Thư góp ý",
        "Gửi Sao Mai Shop vài dòng", "Cảm nhận của khách hàng",
        "Ý kiến đóng góp", "Lời nhắn cho Sao Mai", "Đôi lời gửi shop",
    ],
}

# Customers' given names (partitioned across splits) with gender, used to
# pick a fitting middle name.
GIVEN_NAMES = [
    ("m", "Hùng"), ("m", "Dũng"), ("m", "Tuấn"), ("m", "Nam"), ("m", "Khoa"),
    ("m", "Phúc"), ("m", "Long"), ("m", "Quân"), ("m", "Huy"), ("m", "Sơn"),
    ("m", "Thắng"), ("m", "Tùng"), ("m", "Hiếu"), ("m", "Khánh"), ("m", "Trung"),
    ("m", "Bình"), ("m", "Đạt"), ("m", "Vinh"), ("m", "Tài"), ("m", "Lộc"),
    ("m", "Nghĩa"), ("m", "Thịnh"), ("m", "Phong"), ("m", "Cường"), ("m", "Toàn"),
    ("f", "Lan"), ("f", "Hương"), ("f", "Mai"), ("f", "Linh"), ("f", "Trang"),
    ("f", "Thảo"), ("f", "Ngọc"), ("f", "Hà"), ("f", "Yến"), ("f", "Vy"),
    ("f", "Nhung"), ("f", "Quyên"), ("f", "Hằng"), ("f", "Oanh"), ("f", "Hạnh"),
    ("f", "Loan"), ("f", "Thư"), ("f", "Vân"), ("f", "Diệp"), ("f", "My"),
    ("f", "Giang"), ("f", "Phương"), ("f", "Trâm"), ("f", "Uyên"), ("f", "Hiền"),
]
SURNAMES = [
    ("Nguyễn", 30), ("Trần", 12), ("Lê", 10), ("Phạm", 8), ("Hoàng", 5),
    ("Huỳnh", 4), ("Phan", 4), ("Vũ", 4), ("Võ", 4), ("Đặng", 3), ("Bùi", 3),
    ("Đỗ", 3), ("Hồ", 2), ("Ngô", 2), ("Dương", 2), ("Lý", 1), ("Đinh", 2),
    ("Trương", 2), ("Mai", 1), ("Tạ", 1),
]
MIDDLE = {
    "m": ["Văn", "Minh", "Quốc", "Đức", "Hữu", "Thanh", "Hoàng", "Anh", "Gia", "Công"],
    "f": ["Thị", "Ngọc", "Thu", "Thanh", "Minh", "Kim", "Bảo", "Hồng", "Mỹ", "Phương"],
}

# ---------------------------------------------------------------------------
# Slot values shared by all splits (they are facts about the world of the
# fictional shop, not wording).
# ---------------------------------------------------------------------------

# (name, lowest price, highest price) in thousands of đồng.
PRODUCTS = [
    ("tủ lạnh Inverter 320 lít", 8500, 12900),
    ("máy giặt cửa trước 9 kg", 7200, 11500),
    ("nồi chiên không dầu 5,5 lít", 1200, 2600),
    ("nồi cơm điện cao tần 1,8 lít", 1900, 4200),
    ("máy lọc không khí", 2500, 6500),
    ("robot hút bụi lau nhà", 5500, 12900),
    ("smart tivi 55 inch", 9900, 16900),
    ("loa bluetooth mini", 490, 1500),
    ("tai nghe không dây chống ồn", 1500, 4900),
    ("laptop 14 inch", 14500, 23900),
    ("điện thoại 128 GB", 4200, 8900),
    ("máy tính bảng 11 inch", 6200, 11900),
    ("đồng hồ thông minh", 1500, 4900),
    ("ấm siêu tốc 1,7 lít", 290, 690),
    ("bàn là hơi nước", 490, 1290),
    ("máy sấy tóc", 390, 1190),
    ("lò vi sóng 25 lít", 1800, 3500),
    ("máy xay sinh tố", 590, 1790),
    ("quạt đứng", 590, 1490),
    ("quạt điều hòa", 2100, 4500),
    ("bình nóng lạnh 30 lít", 2500, 4500),
    ("máy lọc nước RO", 4200, 7900),
    ("bếp từ đôi", 3200, 8900),
    ("máy hút mùi", 3100, 6900),
    ("điều hòa 12.000 BTU", 9200, 13900),
    ("chuột không dây", 190, 590),
    ("bàn phím cơ", 790, 2490),
    ("màn hình 27 inch", 3900, 7900),
    ("router wifi", 590, 1990),
    ("camera an ninh trong nhà", 590, 1490),
    ("máy ép chậm", 2900, 5900),
    ("máy pha cà phê", 2900, 8900),
    ("sạc dự phòng 20.000 mAh", 390, 890),
    ("bàn chải điện", 590, 1790),
    ("máy rửa bát 12 bộ", 9900, 16900),
]
BIG = ["tủ lạnh Inverter 320 lít", "máy giặt cửa trước 9 kg", "smart tivi 55 inch",
       "điều hòa 12.000 BTU", "máy rửa bát 12 bộ", "tủ lạnh side-by-side 600 lít"]
SMALL = ["chuột không dây", "ấm siêu tốc 1,7 lít", "máy sấy tóc", "sạc dự phòng 20.000 mAh",
         "bàn chải điện", "loa bluetooth mini", "tai nghe không dây"]
CHARGE = ["sạc dự phòng 20.000 mAh", "tai nghe không dây", "đồng hồ thông minh",
          "bàn chải điện", "loa bluetooth mini"]
SMART = ["robot hút bụi", "máy lọc không khí", "camera an ninh trong nhà",
         "smart tivi 55 inch", "điều hòa 12.000 BTU"]
TIMER = ["chiếc quạt đứng", "điều hòa", "máy lọc không khí", "nồi cơm điện cao tần", "lò vi sóng"]
GADGET = ["điện thoại 128 GB", "máy tính bảng 11 inch", "laptop 14 inch", "đồng hồ thông minh"]
MOTOR = ["quạt đứng", "máy lọc không khí", "robot hút bụi", "máy hút mùi", "quạt điều hòa",
         "máy xay sinh tố", "máy giặt cửa trước 9 kg"]
PLUG = ["máy sấy tóc", "nồi chiên không dầu", "máy xay sinh tố", "ấm siêu tốc",
        "máy pha cà phê", "bàn là hơi nước"]
GLASS = ["bếp từ đôi", "smart tivi 55 inch", "lò vi sóng 25 lít", "màn hình 27 inch",
         "máy tính bảng 11 inch"]
BANKS = ["Vietcombank", "Techcombank", "BIDV", "VietinBank", "MB Bank", "ACB", "VPBank",
         "TPBank", "Agribank", "Sacombank"]
WALLETS = ["MoMo", "ZaloPay", "VNPay", "ShopeePay"]
VOUCHERS = ["SAOMAI50", "GIAM200K", "FREESHIP30", "SMVIP100", "THANHVIEN15", "DIENMAY10",
            "CUOITUAN80", "BANMOI50"]
ERROR_CODES = ["E21", "E4", "F03", "H1", "E0", "C5", "E12", "F5", "U4", "P2", "E7", "dE"]
# (district as people usually say it, city)
DISTRICTS = [
    ("quận Cầu Giấy", "Hà Nội"), ("quận Hoàng Mai", "Hà Nội"), ("quận Long Biên", "Hà Nội"),
    ("quận Đống Đa", "Hà Nội"), ("quận Thanh Xuân", "Hà Nội"), ("huyện Đông Anh", "Hà Nội"),
    ("quận Hà Đông", "Hà Nội"), ("quận Bình Thạnh", "TP.HCM"), ("quận Gò Vấp", "TP.HCM"),
    ("quận Tân Bình", "TP.HCM"), ("quận 7", "TP.HCM"), ("TP Thủ Đức", "TP.HCM"),
    ("quận Phú Nhuận", "TP.HCM"), ("huyện Bình Chánh", "TP.HCM"), ("quận Hải Châu", "Đà Nẵng"),
    ("quận Sơn Trà", "Đà Nẵng"), ("quận Thanh Khê", "Đà Nẵng"), ("quận Ngũ Hành Sơn", "Đà Nẵng"),
    ("quận Ninh Kiều", "Cần Thơ"), ("quận Cái Răng", "Cần Thơ"), ("quận Lê Chân", "Hải Phòng"),
    ("quận Ngô Quyền", "Hải Phòng"), ("quận Hồng Bàng", "Hải Phòng"),
]
OTHER_CITIES = ["Hà Nội", "TP.HCM", "Đà Nẵng", "Cần Thơ", "Hải Phòng", "Huế", "Nha Trang",
                "Vinh", "Đà Lạt", "Quy Nhơn", "Buôn Ma Thuột", "Hạ Long", "Vũng Tàu",
                "Thái Nguyên", "Biên Hòa"]
# Cities where the fictional shop has no store.
STORELESS_CITIES = ["Huế", "Nha Trang", "Vinh", "Đà Lạt", "Quy Nhơn", "Buôn Ma Thuột", "Hạ Long",
                    "Vũng Tàu", "Thái Nguyên", "Biên Hòa"]
WEEKDAYS = ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"]
TIMES = ["9 giờ sáng", "10 giờ rưỡi sáng", "11 giờ trưa", "2 giờ chiều", "3 giờ 15 chiều",
         "4 giờ chiều", "5 giờ 40 chiều", "7 giờ tối"]
YEARS = ["hai", "ba", "bốn", "năm", "gần mười"]

SHOP_FORMS = {
    "formal": ["quý công ty", "Sao Mai Shop", "bên Sao Mai"],
    "em": ["shop", "bên shop", "Sao Mai"],
    "casual": ["shop", "bên shop", "Sao Mai Shop"],
}
SELF = {"formal": "tôi", "em": "em", "casual": "mình"}

# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------


def dots(v: int) -> str:
    """1250000 -> '1.250.000'."""
    return f"{v:,}".replace(",", ".")


def fmt_money(rng: random.Random, v: int) -> str:
    s = dots(v)
    options = [s + " đồng", s + "đ", s + " đồng", s + " VNĐ"]
    if v >= 1_000_000 and v % 10_000 == 0:
        m = f"{v / 1_000_000:.2f}".rstrip("0").rstrip(".").replace(".", ",")
        options += [m + " triệu", m + " triệu đồng"]
    elif v < 1_000_000 and v % 1000 == 0:
        options += [f"{v // 1000} nghìn", f"{v // 1000}k"]
    return rng.choice(options)


def ascii_fold(s: str) -> str:
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def split3(rng: random.Random, items: list, frac_val: float = 0.15, frac_test: float = 0.2) -> dict:
    """Partition a list into disjoint train / validation / test parts."""
    n = len(items)
    idx = list(range(n))
    rng.shuffle(idx)
    nv = max(1, round(n * frac_val))
    nt = max(1, round(n * frac_test))
    test = sorted(idx[:nt])
    val = sorted(idx[nt:nt + nv])
    train = sorted(idx[nt + nv:])
    return {
        "train": [items[i] for i in train],
        "validation": [items[i] for i in val],
        "test": [items[i] for i in test],
    }


def split_cores(rng: random.Random, cores: list) -> dict:
    """Partition core indices, stratified by base priority."""
    out = {s: [] for s in SPLITS}
    for prio in ("c", "t", "l"):
        group = [i for i, c in enumerate(cores) if c[0] == prio]
        if not group:
            continue
        if len(group) < 3:
            # too few to share; keep them all in train
            out["train"] += group
            continue
        parts = split3(rng, group)
        for s in SPLITS:
            out[s] += parts[s]
    for s in SPLITS:
        out[s].sort()
    return out


SENT_END = re.compile(r"[.!?]+(?=[\s\"')]|$)")
SLOT = re.compile(r"\{(\w+)\}")


def count_sentences(text: str) -> int:
    return len(SENT_END.findall(text))


class Slots:
    """Lazily filled slot values for one email (same slot, same value)."""

    def __init__(self, rng: random.Random, names: list, reg: str):
        self.rng = rng
        self.names = names
        self.v = {"toi": SELF[reg], "shop": rng.choice(SHOP_FORMS[reg])}
        self._prod = None

    def get(self, name: str) -> str:
        if name not in self.v:
            self.v[name] = getattr(self, "g_" + name)()
        return self.v[name]

    def fill(self, text: str) -> str:
        def rep(m):
            nm = m.group(1)
            if nm[0].isupper():
                val = self.get(nm[0].lower() + nm[1:])
                return val[0].upper() + val[1:]
            return self.get(nm)
        return SLOT.sub(rep, text)

    # --- products and money ---
    def _product(self):
        if self._prod is None:
            name, lo, hi = self.rng.choice(PRODUCTS)
            k = self.rng.randint(lo // 10, hi // 10) * 10
            if self.rng.random() < 0.6:
                k = (k // 100) * 100 + 90
            self._prod = (name, k * 1000)
        return self._prod

    def g_product(self):
        return self._product()[0]

    def g_pricey(self):
        """A product worth at least 3 million đồng (becomes the email's product)."""
        if self._prod is None:
            name, lo, hi = self.rng.choice([p for p in PRODUCTS if p[1] >= 3000])
            k = self.rng.randint(lo // 10, hi // 10) * 10
            if self.rng.random() < 0.6:
                k = (k // 100) * 100 + 90
            self._prod = (name, k * 1000)
        return self._prod[0]

    def g_deposit(self):
        self.get("pricey")
        price = self._product()[1]
        share = self.rng.choice([0.1, 0.2, 0.3, 0.5])
        return fmt_money(self.rng, max(1, round(price * share / 100_000)) * 100_000)

    def g_amount(self):
        return fmt_money(self.rng, self._product()[1])

    def g_amount_hi(self):
        price = self._product()[1]
        delta = self.rng.randint(5, max(6, price // 40000)) * 10000
        return fmt_money(self.rng, price + delta)

    def g_amount_lo(self):
        price = self._product()[1]
        delta = self.rng.randint(2, max(3, price // 40000)) * 10000
        return fmt_money(self.rng, max(10000, price - delta))

    def g_fee(self):
        return fmt_money(self.rng, self.rng.randint(15, 350) * 1000)

    def g_big(self):
        return self.rng.choice(BIG)

    def g_small(self):
        return self.rng.choice(SMALL)

    def g_charge(self):
        return self.rng.choice(CHARGE)

    def g_smart(self):
        return self.rng.choice(SMART)

    def g_timer(self):
        return self.rng.choice(TIMER)

    def g_gadget(self):
        return self.rng.choice(GADGET)

    def g_motor(self):
        return self.rng.choice(MOTOR)

    def g_plug(self):
        return self.rng.choice(PLUG)

    def g_glass(self):
        return self.rng.choice(GLASS)

    # --- orders, dates, numbers ---
    def _order_style(self):
        if "_ostyle" not in self.v:
            self.v["_ostyle"] = self.rng.choice(["SM{}", "#SM{}", "SM{}", "SM-{}"])
        return self.v["_ostyle"]

    def g_order(self):
        return self._order_style().format(self.rng.randint(2_000_000, 2_999_999))

    def g_order2(self):
        base = int(re.sub(r"\D", "", self.get("order")))
        return self._order_style().format(base + self.rng.randint(3, 900))

    def _dm(self):
        return self.rng.randint(1, 28), self.rng.randint(1, 12)

    def g_date(self):
        d, m = self._dm()
        return self.rng.choice([f"ngày {d}/{m}", f"ngày {d}/{m}", f"ngày {d} tháng {m}"])

    def g_dm(self):
        d, m = self._dm()
        return f"{d}/{m}"

    def g_weekday(self):
        return self.rng.choice(WEEKDAYS)

    def g_time(self):
        return self.rng.choice(TIMES)

    def g_n(self):
        return str(self.rng.randint(3, 12))

    def g_floor(self):
        return str(self.rng.randint(5, 28))

    def g_house(self):
        n = self.rng.randint(5, 199)
        self.v["_houseno"] = n
        return str(n)

    def g_house2(self):
        self.get("house")
        n = self.v["_houseno"]
        r = str(n)[::-1]
        if len(r) > 1 and r[0] != "0" and r != str(n):
            return r
        return str(n + 10)

    def g_bank(self):
        return self.rng.choice(BANKS)

    def g_wallet(self):
        return self.rng.choice(WALLETS)

    def g_voucher(self):
        return self.rng.choice(VOUCHERS)

    def g_ecode(self):
        return self.rng.choice(ERROR_CODES)

    def g_points(self):
        return dots(self.rng.randrange(800, 25000, 50))

    def g_last4(self):
        return f"{self.rng.randint(0, 9999):04d}"

    def g_last3(self):
        return f"{self.rng.randint(0, 999):03d}"

    def g_years(self):
        return self.rng.choice(YEARS)

    # --- places ---
    def g_district(self):
        if "city" in self.v:
            here = [d for d, c in DISTRICTS if c == self.v["city"]]
            return self.rng.choice(here) if here else "trung tâm thành phố"
        d, c = self.rng.choice(DISTRICTS)
        self.v["city"] = c
        return d

    def g_hometown(self):
        """The customer's city, chosen among cities without a store."""
        c = self.rng.choice(STORELESS_CITIES)
        self.v.setdefault("city", c)
        return self.v["city"]

    def g_city(self):
        self.get("district")
        return self.v["city"]

    def g_district2(self):
        city = self.get("city")
        d, c = self.rng.choice([x for x in DISTRICTS if x[1] != city])
        self.v["city2"] = c
        return d

    def g_city2(self):
        city = self.get("city")
        return self.rng.choice([c for c in OTHER_CITIES if c != city])

    # --- people ---
    def _person(self):
        if "_person" not in self.v:
            sex, given = self.rng.choice(self.names)
            sur = self.rng.choices([s for s, _ in SURNAMES], weights=[w for _, w in SURNAMES])[0]
            mid = self.rng.choice([m for m in MIDDLE[sex] if ascii_fold(m) != ascii_fold(given)])
            self.v["_person"] = (sur, mid, given)
        return self.v["_person"]

    def g_name(self):
        return " ".join(self._person())

    def g_gname(self):
        return self._person()[2]

    def g_email(self):
        sur, _, given = self._person()
        g = ascii_fold(given).lower()
        s = ascii_fold(sur).lower()
        return self.rng.choice([f"{g}.{s[:2]}***@gmail.com", f"{g}{s[0]}***@gmail.com",
                                f"{s}.{g[:1]}***@yahoo.com.vn"])

    def g_staff(self):
        return self.rng.choice([g for _, g in self.names if g != self._person()[2]])


def add_particle(sentence: str, particle: str) -> str:
    """Put a sentence-final particle before the final . or ? ."""
    if not sentence or sentence[-1] not in ".?" or sentence[-2:-1] in ("'", '"'):
        return sentence
    if sentence.endswith(("ạ.", "ạ?", "nhé.", "nha.")):
        return sentence
    return sentence[:-1] + " " + particle + sentence[-1]


# ---------------------------------------------------------------------------
# Building the split pools
# ---------------------------------------------------------------------------


def build_pools(rng: random.Random) -> dict:
    """Partition every authored pool into per-split parts."""
    pools = {s: {} for s in SPLITS}

    def put(name, items):
        parts = split3(rng, items)
        for s in SPLITS:
            pools[s][name] = parts[s]

    for cat in CATEGORIES:
        parts = split_cores(rng, CORES[cat])
        for s in SPLITS:
            pools[s]["cores:" + cat] = parts[s]
        put("ctx:" + cat, CONTEXTS[cat])
        put("subj:" + cat, CATEGORY_SUBJECTS[cat])
    put("generic_ctx", GENERIC_CONTEXTS)
    put("intro", INTROS)
    put("tone", TONES)
    put("request", REQUESTS)
    put("fb_closer", FEEDBACK_CLOSERS)
    put("urgency", URGENCY)
    put("urgent_prefix", URGENT_SUBJECT_PREFIXES)
    put("generic_subj", GENERIC_SUBJECTS)
    put("names", GIVEN_NAMES)
    for reg in ("formal", "em", "casual"):
        put("greeting:" + reg, GREETINGS[reg])
        put("closing:" + reg, CLOSINGS[reg])
        put("signature:" + reg, SIGNATURES[reg])
    return pools


# ---------------------------------------------------------------------------
# Composing one email
# ---------------------------------------------------------------------------


def compose(rng: random.Random, pool: dict, cat: str, core_idx: int) -> dict:
    prio, kind, core_text, core_subject = CORES[cat][core_idx]
    is_fb = cat == "góp ý"
    reg = rng.choices(["formal", "em", "casual"], weights=[35, 35, 30])[0]
    sl = Slots(rng, pool["names"], reg)
    mode = rng.choices(["terse", "short", "medium", "long"], weights=[15, 30, 35, 20])[0]
    urgent = (not is_fb and prio != "l"
              and rng.random() < (0.3 if prio == "t" else 0.15))
    is_question = prio == "l"

    def pick(name, prob=1.0):
        items = pool[name]
        if not items or rng.random() >= prob:
            return None
        return rng.choice(items)

    # probabilities per mode: greeting, intro, generic ctx, category ctx,
    # tone, request, closing, signature
    P = {
        "terse": (0.1, 0.0, 0.0, 0.0, 0.0, 0.15, 0.0, 0.3),
        "short": (0.7, 0.1, 0.0, 0.25, 0.1, 0.4, 0.6, 0.5),
        "medium": (0.9, 0.5, 0.3, 0.5, 0.3, 0.7, 0.8, 0.8),
        "long": (1.0, 0.8, 0.6, 0.8, 0.5, 0.9, 0.9, 0.9),
    }[mode]

    greeting = pick("greeting:" + reg, P[0])
    intro = pick("intro", P[1])
    gctx = None if is_fb else pick("generic_ctx", P[2])
    cctx = None
    if "n" not in kind and rng.random() < P[3]:
        fits = [t for k, t in pool["ctx:" + cat] if any(ch in k for ch in kind)]
        if fits:
            cctx = rng.choice(fits)
    tone = None
    if not is_fb and not is_question and "m" not in kind:
        tone = pick("tone", P[4])
    if is_fb:
        request = pick("fb_closer", P[5] + 0.1)
    else:
        calm = is_question or "m" in kind
        fits = [t for k, t in pool["request"]
                if k == "a" or (k == "i" and not is_question) or (k == "g" and not calm)]
        request = rng.choice(fits) if fits and rng.random() < P[5] else None
    urgency = rng.choice(pool["urgency"]) if urgent else None
    closing = pick("closing:" + reg, P[6])
    signature = pick("signature:" + reg, P[7])
    ctx_after_core = rng.random() < 0.35

    # Fill slots in a fixed order so shared slots agree.
    core = sl.fill(core_text)
    if reg == "em" and rng.random() < 0.4:
        core = add_particle(core, "ạ")
    fill = lambda t: sl.fill(t) if t else None  # noqa: E731
    greeting, intro, gctx, cctx, tone = map(fill, (greeting, intro, gctx, cctx, tone))
    request, urgency, closing, signature = map(fill, (request, urgency, closing, signature))
    if request and not is_fb:
        if reg == "em" and rng.random() < 0.35:
            request = add_particle(request, "ạ")
        elif (reg == "casual" and rng.random() < 0.3 and not re.search(r"nha|nhé", closing or "")
              and request.startswith(("Nhờ", "Phiền", "Cảm phiền", "Xin"))):
            request = add_particle(request, rng.choice(["nhé", "nha"]))

    # Subject
    r = rng.random()
    if is_fb:
        subject = core_subject if r < 0.55 else rng.choice(pool["subj:" + cat])
    elif r < 0.5:
        subject = core_subject
    elif r < 0.75:
        subject = rng.choice(pool["subj:" + cat])
    else:
        subject = rng.choice(pool["generic_subj"])
    subject = sl.fill(subject)
    if urgent and rng.random() < 0.35:
        subject = rng.choice(pool["urgent_prefix"]) + subject

    # Assemble, dropping optional pieces while over 7 sentences / 600 chars.
    optional = ["gctx", "cctx", "tone", "intro", "request", "closing", "greeting", "signature"]
    parts = dict(greeting=greeting, intro=intro, gctx=gctx, cctx=cctx, tone=tone,
                 request=request, closing=closing, signature=signature)
    layout = rng.random()
    while True:
        body = assemble(parts, core, urgency, ctx_after_core, layout, mode)
        if count_sentences(body) <= 7 and len(body) <= 600:
            break
        for key in optional:
            if parts[key]:
                parts[key] = None
                break
        else:
            break

    priority = "cao" if (prio == "c" or urgent) else PRIORITY[prio]
    return {
        "subject": subject,
        "body": body,
        "category": cat,
        "priority": priority,
        "template": f"{CATEGORY_KEYS[cat]}-core-{core_idx + 1:02d}",
    }


def assemble(p: dict, core: str, urgency, ctx_after_core: bool, layout: float, mode: str) -> str:
    first = [x for x in (p["intro"], p["gctx"]) if x]
    if p["cctx"] and not ctx_after_core:
        first.append(p["cctx"])
    first.append(core)
    if p["cctx"] and ctx_after_core:
        first.append(p["cctx"])
    if p["tone"]:
        first.append(p["tone"])
    second = [x for x in (p["request"], urgency) if x]
    lines = []
    if p["greeting"]:
        lines.append(p["greeting"])
    if mode in ("terse", "short") or layout < 0.5:
        para = " ".join(first + second)
        if p["closing"] and layout < 0.2:
            lines.append(para + " " + p["closing"])
        else:
            lines.append(para)
            if p["closing"]:
                lines.append(p["closing"])
    else:
        lines.append(" ".join(first))
        if second:
            lines.append(" ".join(second))
        if p["closing"]:
            lines.append(p["closing"])
    if p["signature"]:
        lines.append(p["signature"])
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# Whole dataset
# ---------------------------------------------------------------------------


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def generate() -> tuple[dict, dict]:
    """Return ({split: [records]}, pools)."""
    rng = random.Random(SEED)
    pools = build_pools(rng)
    seen = set()
    data = {}
    for split in SPLITS:
        pool = pools[split]
        records = []
        for cat in CATEGORIES:
            core_ids = list(pool["cores:" + cat])
            rng.shuffle(core_ids)
            for i in range(PER_CATEGORY[split]):
                core_idx = core_ids[i % len(core_ids)]
                for _ in range(200):
                    rec = compose(rng, pool, cat, core_idx)
                    rec = {k: nfc(v) for k, v in rec.items()}
                    key = dedup_key(rec["body"])
                    if key not in seen:
                        break
                else:
                    raise RuntimeError("could not make a unique body")
                seen.add(key)
                records.append(rec)
        rng.shuffle(records)
        out = []
        for n, rec in enumerate(records, 1):
            out.append({"id": f"{ID_PREFIX[split]}-{n:04d}", **rec})
        data[split] = out
    return data, pools


def dedup_key(body: str) -> str:
    """Bodies that differ only in numbers or particles count as the same."""
    key = re.sub(r"[\d#.,-]+", "", body.lower())
    return re.sub(r"\s+(ạ|nhé|nha)\b", "", key)


def serialise(records: list) -> bytes:
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    return ("\n".join(lines) + "\n").encode("utf-8")


FILES = {"train": "train.jsonl", "validation": "validation.jsonl", "test": "test.jsonl"}


def main() -> None:
    data, _ = generate()
    for split, fname in FILES.items():
        path = os.path.join(HERE, fname)
        tmp = path + ".tmp"
        with open(tmp, "wb") as f:
            f.write(serialise(data[split]))
        os.replace(tmp, path)
    if "--stats" in sys.argv:
        from collections import Counter
        for split in SPLITS:
            recs = data[split]
            print(split, len(recs))
            print("  category", dict(Counter(r["category"] for r in recs)))
            print("  priority", dict(Counter(r["priority"] for r in recs)))
            print("  templates", len({r["template"] for r in recs}))
    else:
        print("wrote", ", ".join(f"{FILES[s]} ({len(data[s])})" for s in SPLITS))


if __name__ == "__main__":
    main()
