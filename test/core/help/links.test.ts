import { expect } from '@open-wc/testing';
import { channelHref, groupPhoneNumber } from '../../../src/core/help/index.js';
import type { HelpChannel } from '../../../src/core/tutorial/types.js';

const channel = (type: HelpChannel['type'], value: string, map?: string): HelpChannel =>
  map === undefined ? { type, label: 'Tổng đài', value } : { type, label: 'Tổng đài', value, map };

describe('help links', () => {
  describe('channelHref', () => {
    it('calls a phone number without spaces, keeping the +', () => {
      expect(channelHref(channel('phone', '1900 0000'))).to.equal('tel:19000000');
      expect(channelHref(channel('phone', '+84 (24) 3825-1234'))).to.equal('tel:+842438251234');
      expect(channelHref(channel('phone', ' 024.3825.1234 '))).to.equal('tel:02438251234');
      expect(channelHref(channel('phone', '113'))).to.equal('tel:113');
    });

    it('gives no call link for a number with words in it or no number at all', () => {
      expect(channelHref(channel('phone', '1900 0000, bấm phím 2'))).to.equal(undefined);
      expect(channelHref(channel('phone', 'javascript:alert(1)'))).to.equal(undefined);
      expect(channelHref(channel('phone', '84+123'))).to.equal(undefined);
      expect(channelHref(channel('phone', '12'))).to.equal(undefined);
      expect(channelHref(channel('phone', '- -'))).to.equal(undefined);
    });

    it('texts a number, with the subject and reference as the message', () => {
      expect(channelHref(channel('sms', '1900 0000'))).to.equal('sms:19000000');
      expect(channelHref(channel('sms', '1900 0000'), { reference: '445M-300S' })).to.equal('sms:19000000?body=445M-300S');
      expect(channelHref(channel('sms', '+84 912 345 678'), { reference: '445M-300S', subject: 'Cần trợ giúp' })).to.equal(
        'sms:+84912345678?body=C%E1%BA%A7n%20tr%E1%BB%A3%20gi%C3%BAp%20(445M-300S)',
      );
      expect(channelHref(channel('sms', 'call us'))).to.equal(undefined);
    });

    it('emails with the reference in the subject, encoded', () => {
      const email = channel('email', ' hotro@example.gov.vn ');
      expect(channelHref(email)).to.equal('mailto:hotro@example.gov.vn');
      expect(channelHref(email, { reference: '445M-300S' })).to.equal('mailto:hotro@example.gov.vn?subject=445M-300S');
      expect(channelHref(email, { reference: '445M-300S', subject: 'Help & advice' })).to.equal(
        'mailto:hotro@example.gov.vn?subject=Help%20%26%20advice%20(445M-300S)',
      );
      expect(channelHref(email, { subject: 'Cần trợ giúp' })).to.equal(
        'mailto:hotro@example.gov.vn?subject=C%E1%BA%A7n%20tr%E1%BB%A3%20gi%C3%BAp',
      );
    });

    it('gives no mail link for something that is not one plain address', () => {
      for (const value of ['hotro', 'a@b@c', 'a@b.vn?bcc=x@y.vn', 'a@b.vn,x@y.vn', 'hỗ trợ@b.vn', 'javascript:a@b']) {
        expect(channelHref(channel('email', value)), value).to.equal(undefined);
      }
    });

    it('links chats and pages only to https: addresses', () => {
      expect(channelHref(channel('chat', 'https://zalo.me/0000'))).to.equal('https://zalo.me/0000');
      expect(channelHref(channel('link', ' https://dichvucong.gov.vn '))).to.equal('https://dichvucong.gov.vn/');
      expect(channelHref(channel('link', 'https://example.gov.vn/a b?q=ế'))).to.equal('https://example.gov.vn/a%20b?q=%E1%BA%BF');
      for (const value of ['javascript:alert(1)', 'JavaScript:alert(1)', 'http://example.gov.vn', 'data:text/html,x', '//example.gov.vn', 'dichvucong.gov.vn']) {
        expect(channelHref(channel('chat', value)), value).to.equal(undefined);
        expect(channelHref(channel('link', value)), value).to.equal(undefined);
      }
    });

    it('links a desk to its https: map, and to nothing without one', () => {
      const address = '12 Đường Số 1, Phường Tây Tựu';
      expect(channelHref(channel('desk', address, 'https://www.openstreetmap.org/search?query=T%C3%A2y'))).to.equal(
        'https://www.openstreetmap.org/search?query=T%C3%A2y',
      );
      expect(channelHref(channel('desk', address))).to.equal(undefined);
      expect(channelHref(channel('desk', address, 'javascript:alert(1)'))).to.equal(undefined);
      expect(channelHref(channel('desk', 'https://maps.example.org/'))).to.equal(undefined);
    });

    it('gives nothing for a channel type it does not know', () => {
      const unknown = { type: 'fax', label: 'Fax', value: '024 1234 5678' } as unknown as HelpChannel;
      expect(channelHref(unknown)).to.equal(undefined);
    });
  });

  describe('groupPhoneNumber', () => {
    it('keeps the grouping an editor wrote, with single spaces', () => {
      expect(groupPhoneNumber('1900 1234')).to.equal('1900 1234');
      expect(groupPhoneNumber('024.3825.1234')).to.equal('024 3825 1234');
      expect(groupPhoneNumber(' 0912  345-678 ')).to.equal('0912 345 678');
      expect(groupPhoneNumber('(024) 3825 1234')).to.equal('(024) 3825 1234');
    });

    it('returns anything that is not a plain number as written', () => {
      expect(groupPhoneNumber('1900 0000, bấm phím 2')).to.equal('1900 0000, bấm phím 2');
      expect(groupPhoneNumber('+14155550123')).to.equal('+14155550123');
    });

    it('groups digits in fours with threes in front, and keeps short numbers whole', () => {
      expect(groupPhoneNumber('113')).to.equal('113');
      expect(groupPhoneNumber('18001')).to.equal('18001');
      expect(groupPhoneNumber('123456')).to.equal('123 456');
      expect(groupPhoneNumber('1234567')).to.equal('123 4567');
      expect(groupPhoneNumber('12345678')).to.equal('1234 5678');
      expect(groupPhoneNumber('123456789')).to.equal('123 456 789');
      expect(groupPhoneNumber('0241234567')).to.equal('024 123 4567');
      expect(groupPhoneNumber('02438251234')).to.equal('024 3825 1234');
    });

    it('reads 1800 and 1900 service numbers as "1900" and the rest', () => {
      expect(groupPhoneNumber('19001234')).to.equal('1900 1234');
      expect(groupPhoneNumber('1900545482')).to.equal('1900 545 482');
      expect(groupPhoneNumber('18000000')).to.equal('1800 0000');
    });

    it('groups +84 numbers like the national number without its 0', () => {
      expect(groupPhoneNumber('+84912345678')).to.equal('+84 91 234 5678');
      expect(groupPhoneNumber('+842438251234')).to.equal('+84 24 3825 1234');
    });
  });
});
