import type { Tutorial } from '../src/index.js';

/** A short bilingual tutorial covering every kind of step content. */
export const sample: Tutorial = {
  format: 1,
  id: 'story-vneid',
  revision: 1,
  lang: 'vi',
  title: { vi: 'Kích hoạt tài khoản định danh điện tử mức 2', en: 'Activate a level-2 e-ID account' },
  summary: {
    vi: 'Hướng dẫn từng bước để kích hoạt tài khoản trên ứng dụng **VNeID**.',
    en: 'Step by step, activate your account in the **VNeID** app.',
  },
  minutes: 10,
  requirements: [
    { vi: 'Căn cước có gắn chip', en: 'A chip-based ID card' },
    { vi: 'Điện thoại thông minh có mạng', en: 'A smartphone with internet' },
  ],
  completion: {
    vi: 'Bạn đã gửi yêu cầu kích hoạt. Công an sẽ **nhắn tin** cho bạn khi tài khoản sẵn sàng.',
    en: 'You have sent the activation request. The police will **text you** when the account is ready.',
  },
  steps: [
    {
      id: 'has-card',
      title: { vi: 'Bạn đã có căn cước gắn chip chưa?', en: 'Do you have a chip-based ID card?' },
      body: { vi: 'Thẻ có một con chip màu vàng ở mặt trước.', en: 'The card has a gold chip on the front.' },
      choices: [
        { label: { vi: 'Có, tôi đã có', en: 'Yes, I have one' }, next: 'install-app' },
        { label: { vi: 'Chưa có', en: 'Not yet' }, next: 'get-card' },
      ],
    },
    {
      id: 'get-card',
      title: { vi: 'Làm căn cước gắn chip trước', en: 'Get a chip-based ID card first' },
      body: {
        vi: 'Mang giấy tờ đến **công an phường**. Gọi [1900 0000](tel:19000000) để hỏi giờ làm việc.',
        en: 'Take your papers to the **ward police**. Call [1900 0000](tel:19000000) to ask about opening hours.',
      },
      next: null,
    },
    {
      id: 'install-app',
      title: { vi: 'Cài ứng dụng VNeID', en: 'Install the VNeID app' },
      body: {
        vi: '1. Mở **CH Play** hoặc **App Store**.\n2. Tìm chữ *VNeID*.\n3. Chạm vào **Cài đặt**.',
        en: '1. Open **Play Store** or **App Store**.\n2. Search for *VNeID*.\n3. Tap **Install**.',
      },
      image: { src: '/examples/img/phone-app-store.svg', alt: { vi: 'Màn hình kho ứng dụng với nút Cài đặt', en: 'The app store screen with the Install button' } },
      tip: { vi: 'Ứng dụng thật do **Bộ Công an** phát hành.', en: 'The real app is published by the **Ministry of Public Security**.' },
    },
    {
      id: 'enter-code',
      title: { vi: 'Nhập mã kích hoạt', en: 'Enter the activation code' },
      body: { vi: 'Nhập mã gồm 6 chữ số được gửi qua tin nhắn.', en: 'Type the 6-digit code sent to you by text message.' },
      warning: {
        vi: 'Cán bộ **không bao giờ** hỏi mật khẩu hay mã OTP của bạn. Không đưa mã này cho ai.',
        en: 'Staff will **never** ask for your password or OTP code. Do not give this code to anyone.',
      },
    },
    {
      id: 'done',
      title: { vi: 'Chờ công an duyệt', en: 'Wait for the police to approve' },
      body: { vi: 'Bạn sẽ nhận tin nhắn khi xong.', en: 'You will get a text message when it is done.' },
    },
  ],
};

/** Long Vietnamese text with stacked diacritics, to check nothing is clipped. */
export const longVietnamese: Tutorial = {
  ...sample,
  id: 'story-long-vi',
  title: 'Hướng dẫn đăng ký thường trú, tạm trú và thông báo lưu trú trực tuyến trên Cổng Dịch vụ công quốc gia cho người cao tuổi',
  steps: [
    {
      id: 'read',
      title: 'Đọc kỹ những giấy tờ cần chuẩn bị trước khi bắt đầu khai báo thông tin cư trú',
      body:
        'Người khai báo cần chuẩn bị căn cước gắn chíp, sổ hộ khẩu cũ nếu còn giữ, hợp đồng thuê nhà hoặc giấy tờ chứng minh chỗ ở hợp pháp. Những chữ có dấu chồng như Ỹ, Ẫ, Ổ, Ữ, Ặ phải hiện đầy đủ, không bị cắt.',
      tip: 'Nếu chưa rõ, hãy hỏi cán bộ một cửa của phường – họ sẵn lòng giúp đỡ.',
    },
  ],
};
