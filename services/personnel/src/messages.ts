import { unitErrors } from '@sesao28/kit';

/** Personnel's own error codes, Thai first. */
export const fail = unitErrors({
  ORDER_ALREADY_ANNOUNCED: {
    th: 'คำสั่งที่ {orderNo} ลงวันที่ {orderDate} ของ {personName} ประกาศไว้แล้วด้วยรายละเอียดอื่น',
    en: 'Order {orderNo} of {orderDate} for {personName} was already announced with other details',
  },
  PETITION_NOT_FOUND: {
    th: 'ไม่พบคำร้องที่ระบุ',
    en: 'No such petition',
  },
  PETITION_CLOSED: {
    th: 'คำร้องนี้ปิดแล้ว ไม่สามารถเปลี่ยนสถานะได้',
    en: 'This petition is closed; its status can no longer change',
  },
});
