import type { Locale } from '../../platform/i18n/locales.ts';
import type { SessionKind } from './model.ts';

export const EXPORT_COLUMNS = ['day', 'starts', 'ends', 'timeZone', 'kind', 'title', 'room', 'languages', 'interpretation', 'moderators', 'speakers', 'abstract'] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

/** Column headings of the programme workbook; the web pages carry their own words in web/src/programme/locales. */
export const COLUMN_LABELS: Record<Locale, Record<ExportColumn, string>> = {
  en: { day: 'Day', starts: 'Starts', ends: 'Ends', timeZone: 'Time zone', kind: 'Kind', title: 'Title', room: 'Room', languages: 'Languages', interpretation: 'Interpretation', moderators: 'Moderators', speakers: 'Speakers', abstract: 'Abstract' },
  fa: { day: 'روز', starts: 'شروع', ends: 'پایان', timeZone: 'منطقهٔ زمانی', kind: 'نوع', title: 'عنوان', room: 'سالن', languages: 'زبان‌ها', interpretation: 'ترجمهٔ همزمان', moderators: 'مدیران جلسه', speakers: 'سخنرانان', abstract: 'چکیده' },
  ru: { day: 'День', starts: 'Начало', ends: 'Окончание', timeZone: 'Часовой пояс', kind: 'Тип', title: 'Название', room: 'Зал', languages: 'Языки', interpretation: 'Синхронный перевод', moderators: 'Модераторы', speakers: 'Спикеры', abstract: 'Аннотация' },
  az: { day: 'Gün', starts: 'Başlanğıc', ends: 'Son', timeZone: 'Saat qurşağı', kind: 'Növ', title: 'Başlıq', room: 'Zal', languages: 'Dillər', interpretation: 'Sinxron tərcümə', moderators: 'Moderatorlar', speakers: 'Məruzəçilər', abstract: 'Xülasə' },
  kk: { day: 'Күн', starts: 'Басталуы', ends: 'Аяқталуы', timeZone: 'Уақыт белдеуі', kind: 'Түрі', title: 'Атауы', room: 'Зал', languages: 'Тілдер', interpretation: 'Ілеспе аударма', moderators: 'Модераторлар', speakers: 'Спикерлер', abstract: 'Аңдатпа' },
  tk: { day: 'Gün', starts: 'Başlanýar', ends: 'Tamamlanýar', timeZone: 'Sagat guşagy', kind: 'Görnüşi', title: 'Ady', room: 'Zal', languages: 'Diller', interpretation: 'Sinhron terjime', moderators: 'Moderatorlar', speakers: 'Çykyş edenler', abstract: 'Gysgaça mazmuny' },
};

export const KIND_LABELS: Record<Locale, Record<SessionKind, string>> = {
  en: { opening: 'Opening', general_panel: 'General panel', specialist_panel: 'Specialist panel', side_event: 'Side event', bilateral_block: 'Bilateral meetings', expo_visit: 'Expo visit', break: 'Break', closing: 'Closing' },
  fa: { opening: 'افتتاحیه', general_panel: 'پنل عمومی', specialist_panel: 'پنل تخصصی', side_event: 'رویداد جانبی', bilateral_block: 'دیدارهای دوجانبه', expo_visit: 'بازدید از نمایشگاه', break: 'استراحت', closing: 'اختتامیه' },
  ru: { opening: 'Открытие', general_panel: 'Общая панель', specialist_panel: 'Специализированная панель', side_event: 'Сопутствующее мероприятие', bilateral_block: 'Двусторонние встречи', expo_visit: 'Посещение выставки', break: 'Перерыв', closing: 'Закрытие' },
  az: { opening: 'Açılış', general_panel: 'Ümumi panel', specialist_panel: 'İxtisaslaşmış panel', side_event: 'Əlavə tədbir', bilateral_block: 'İkitərəfli görüşlər', expo_visit: 'Sərgiyə baxış', break: 'Fasilə', closing: 'Bağlanış' },
  kk: { opening: 'Ашылу', general_panel: 'Жалпы панель', specialist_panel: 'Мамандандырылған панель', side_event: 'Қосымша іс-шара', bilateral_block: 'Екіжақты кездесулер', expo_visit: 'Көрмеге бару', break: 'Үзіліс', closing: 'Жабылу' },
  tk: { opening: 'Açylyş', general_panel: 'Umumy panel', specialist_panel: 'Ýöriteleşdirilen panel', side_event: 'Goşmaça çäre', bilateral_block: 'Ikitaraplaýyn duşuşyklar', expo_visit: 'Sergä baryş', break: 'Arakesme', closing: 'Ýapylyş' },
};
