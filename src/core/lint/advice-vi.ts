/** The advice in Vietnamese: counts in "tiếng" (syllables) or "từ" (words). */
import { quote, type AdviceWords } from './advice.js';

const unit = (syllables: boolean) => (syllables ? 'tiếng' : 'từ');

export const VIETNAMESE_ADVICE: AdviceWords = (finding) => {
  switch (finding.code) {
    case 'unhelpful-alt':
      return `Mô tả hình ${quote(finding.alt)} chưa cho biết trong hình có gì. Người không nhìn thấy hình chỉ nghe được dòng này. Hãy tả điều quan trọng trong hình, ví dụ “Nút Đăng nhập ở cuối màn hình”.`;
    case 'long-sentence': {
      const u = unit(finding.syllables);
      return `Câu ${quote(finding.sentence)} có ${finding.count} ${u}. Câu dài khó nhớ trong lúc nhìn điện thoại, nhất là với người lớn tuổi. Hãy tách thành những câu ngắn, mỗi câu khoảng ${finding.limit} ${u} trở xuống.`;
    }
    case 'long-text': {
      const u = unit(finding.syllables);
      return `Nội dung của bước này có ${finding.count} ${u}. Đoạn chữ dài trên một màn hình khiến người đọc phải cuộn và dễ lạc chỗ đang đọc. Hãy giữ dưới khoảng ${finding.limit} ${u}: chuyển phần còn lại sang một bước khác hoặc vào phần mẹo.`;
    }
    case 'several-actions':
      return 'Bước này yêu cầu làm nhiều hơn một việc. Người đọc làm mỗi màn hình một việc rồi bấm Tiếp theo thì ít bỏ sót hơn. Hãy tách ra, mỗi bước một việc.';
    case 'unexplained-abbreviation':
      return `“${finding.word}” được dùng mà chưa nói rõ là viết tắt của gì. Nhiều người đọc, nhất là người lớn tuổi, không biết các chữ viết tắt. Hãy viết đầy đủ ở lần đầu, kèm chữ viết tắt trong ngoặc đơn, hoặc nhờ người phát triển cổng thông tin thêm nó vào danh sách chữ viết tắt mà người dân đã quen.`;
  }
};
