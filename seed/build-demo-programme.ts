import { inArray } from 'drizzle-orm';
import { fromZonedTime } from 'date-fns-tz';
import type { Transaction } from '../src/platform/db/client.ts';
import type { LocalizedText } from '../src/platform/i18n/localized-text.ts';
import type { Locale } from '../src/platform/i18n/locales.ts';
import type { InterpretationBooth, RoomEquipment, SessionKind } from '../src/domain/programme/model.ts';
import { programmeSessions, rooms } from '../src/domain/programme/tables.ts';
import { panels } from '../src/domain/summit/tables.ts';

/**
 * An illustrative timetable for the 2025 summit. The real times and rooms were not published in
 * the sources, so every row is flagged is_demo and the pages say the times are invented.
 */
const EDITION = 'caspian-governors-summit-2025';
const TIME_ZONE = 'Asia/Tehran';

const both = (a: Locale, b: Locale): InterpretationBooth[] => [
  { from: a, to: b },
  { from: b, to: a },
];

type DemoRoom = {
  key: string;
  name: LocalizedText;
  capacity: number;
  equipment: RoomEquipment[];
  booths: InterpretationBooth[];
};

const DEMO_ROOMS: DemoRoom[] = [
  {
    key: 'main',
    name: { fa: 'تالار اصلی', en: 'Main hall', ru: 'Главный зал', az: 'Əsas zal', kk: 'Негізгі зал', tk: 'Esasy zal' },
    capacity: 600,
    equipment: ['stage', 'microphones', 'projector', 'recording', 'live_stream'],
    booths: [...both('fa', 'ru'), ...both('fa', 'en'), ...both('fa', 'az')],
  },
  {
    key: 'hall-a',
    name: { fa: 'سالن الف', en: 'Hall A', ru: 'Зал А', az: 'A zalı', kk: 'А залы', tk: 'A zaly' },
    capacity: 180,
    equipment: ['microphones', 'projector', 'recording'],
    booths: [...both('fa', 'ru'), ...both('fa', 'en')],
  },
  {
    key: 'hall-b',
    name: { fa: 'سالن ب', en: 'Hall B', ru: 'Зал Б', az: 'B zalı', kk: 'Б залы', tk: 'B zaly' },
    capacity: 140,
    equipment: ['microphones', 'projector'],
    booths: [...both('fa', 'ru'), ...both('fa', 'az'), ...both('ru', 'kk')],
  },
  {
    key: 'bilateral',
    name: {
      fa: 'اتاق‌های دیدار دوجانبه',
      en: 'Bilateral meeting rooms',
      ru: 'Залы двусторонних встреч',
      az: 'İkitərəfli görüş otaqları',
      kk: 'Екіжақты кездесу бөлмелері',
      tk: 'Ikitaraplaýyn duşuşyk otaglary',
    },
    capacity: 24,
    equipment: ['microphones'],
    booths: [],
  },
];

const TEXT = {
  opening: {
    fa: 'مراسم افتتاحیه',
    en: 'Opening ceremony',
    ru: 'Церемония открытия',
    az: 'Açılış mərasimi',
    kk: 'Ашылу салтанаты',
    tk: 'Açylyş dabarasy',
  },
  coffee: {
    fa: 'پذیرایی و استراحت',
    en: 'Coffee break',
    ru: 'Кофе-брейк',
    az: 'Kofe fasiləsi',
    kk: 'Кофе-брейк',
    tk: 'Kofe arakesmesi',
  },
  lunch: { fa: 'ناهار', en: 'Lunch', ru: 'Обед', az: 'Nahar', kk: 'Түскі ас', tk: 'Günortanlyk' },
  bilateral: {
    fa: 'دیدارهای دوجانبه استانداران',
    en: "Governors' bilateral meetings",
    ru: 'Двусторонние встречи губернаторов',
    az: 'Qubernatorların ikitərəfli görüşləri',
    kk: 'Әкімдердің екіжақты кездесулері',
    tk: 'Häkimleriň ikitaraplaýyn duşuşyklary',
  },
  expo: {
    fa: 'بازدید از کاسپین اکسپو در منطقه آزاد انزلی',
    en: 'Visit to Caspian Expo in the Anzali Free Zone',
    ru: 'Посещение выставки «Каспий Экспо» в свободной зоне Энзели',
    az: 'Ənzəli Azad Zonasında Caspian Expo sərgisinə baxış',
    kk: 'Энзели еркін аймағындағы Caspian Expo көрмесіне бару',
    tk: 'Enzeli azat zolagyndaky Caspian Expo sergisine baryş',
  },
  closing: {
    fa: 'اختتامیه و بیانیه پایانی',
    en: 'Closing session and final declaration',
    ru: 'Закрытие и итоговая декларация',
    az: 'Bağlanış və yekun bəyannamə',
    kk: 'Жабылу және қорытынды декларация',
    tk: 'Ýapylyş we jemleýji jarnama',
  },
} satisfies Record<string, LocalizedText>;

type DemoSession = {
  kind: SessionKind;
  day: string;
  from: string;
  to: string;
  room: string | null;
  title: LocalizedText | string;
  spoken: Locale[];
  interpreted: Locale[];
};

const ALL: Locale[] = ['fa', 'ru', 'en', 'az'];
const DEMO_SESSIONS: DemoSession[] = [
  {
    kind: 'opening',
    day: '2025-11-18',
    from: '09:00',
    to: '10:30',
    room: 'main',
    title: TEXT.opening,
    spoken: ['fa', 'ru', 'az'],
    interpreted: ALL,
  },
  {
    kind: 'break',
    day: '2025-11-18',
    from: '10:30',
    to: '11:00',
    room: null,
    title: TEXT.coffee,
    spoken: [],
    interpreted: [],
  },
  {
    kind: 'general_panel',
    day: '2025-11-18',
    from: '11:00',
    to: '13:00',
    room: 'main',
    title: 'general',
    spoken: ['fa', 'ru', 'az'],
    interpreted: ALL,
  },
  {
    kind: 'break',
    day: '2025-11-18',
    from: '13:00',
    to: '14:30',
    room: null,
    title: TEXT.lunch,
    spoken: [],
    interpreted: [],
  },
  {
    kind: 'specialist_panel',
    day: '2025-11-18',
    from: '14:30',
    to: '16:30',
    room: 'hall-a',
    title: 'panel-1-economy',
    spoken: ['fa', 'ru'],
    interpreted: ['fa', 'ru', 'en'],
  },
  {
    kind: 'specialist_panel',
    day: '2025-11-18',
    from: '14:30',
    to: '16:30',
    room: 'hall-b',
    title: 'panel-2-transit',
    spoken: ['fa', 'ru', 'az'],
    interpreted: ['fa', 'ru', 'az', 'kk'],
  },
  {
    kind: 'specialist_panel',
    day: '2025-11-19',
    from: '09:30',
    to: '11:30',
    room: 'hall-a',
    title: 'panel-3-environment',
    spoken: ['fa', 'ru'],
    interpreted: ['fa', 'ru', 'en'],
  },
  {
    kind: 'break',
    day: '2025-11-19',
    from: '11:30',
    to: '12:00',
    room: null,
    title: TEXT.coffee,
    spoken: [],
    interpreted: [],
  },
  {
    kind: 'bilateral_block',
    day: '2025-11-19',
    from: '12:00',
    to: '17:00',
    room: 'bilateral',
    title: TEXT.bilateral,
    spoken: ['fa', 'ru', 'az', 'kk', 'tk'],
    interpreted: [],
  },
  {
    kind: 'expo_visit',
    day: '2025-11-20',
    from: '09:00',
    to: '14:00',
    room: null,
    title: TEXT.expo,
    spoken: ['fa'],
    interpreted: [],
  },
  {
    kind: 'closing',
    day: '2025-11-21',
    from: '10:00',
    to: '11:30',
    room: 'main',
    title: TEXT.closing,
    spoken: ['fa', 'ru', 'az'],
    interpreted: ALL,
  },
];

export async function insertDemoProgramme(tx: Transaction): Promise<void> {
  const roomIds = new Map<string, string>();
  for (const [index, room] of DEMO_ROOMS.entries()) {
    const [row] = await tx
      .insert(rooms)
      .values({
        editionId: EDITION,
        name: room.name,
        capacity: room.capacity,
        equipment: room.equipment,
        interpretationBooths: room.booths,
        sortOrder: index,
        isDemo: true,
      })
      .returning({ id: rooms.id });
    roomIds.set(room.key, row!.id);
  }
  const panelIds = DEMO_SESSIONS.flatMap((session) =>
    typeof session.title === 'string' ? [`${EDITION}/${session.title}`] : [],
  );
  const panelTitles = new Map(
    (await tx.select().from(panels).where(inArray(panels.id, panelIds))).map((panel) => [panel.id, panel.title]),
  );
  const now = new Date();
  await tx.insert(programmeSessions).values(
    DEMO_SESSIONS.map((session) => {
      const panelId = typeof session.title === 'string' ? `${EDITION}/${session.title}` : null;
      return {
        editionId: EDITION,
        kind: session.kind,
        panelId: panelId && panelTitles.has(panelId) ? panelId : null,
        roomId: session.room ? roomIds.get(session.room)! : null,
        startsAt: fromZonedTime(`${session.day}T${session.from}:00`, TIME_ZONE),
        endsAt: fromZonedTime(`${session.day}T${session.to}:00`, TIME_ZONE),
        title:
          typeof session.title === 'string'
            ? (panelTitles.get(`${EDITION}/${session.title}`) ?? { en: session.title })
            : session.title,
        abstract: {},
        languagesSpoken: session.spoken,
        languagesInterpreted: session.interpreted,
        capacity: null,
        isDemo: true,
        createdAt: now,
        updatedAt: now,
      };
    }),
  );
}
