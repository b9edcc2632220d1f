// The meeting scheduler's instance and schedule. Ids are strings here; the engine works on array
// indices built once per instance (instance-index.ts), so the hot loops never hash a string.

/** A bookable time slot. Minutes count from midnight of `day`; the range is half-open [start, end). */
export type Slot = { id: string; day: number; startMinute: number; endMinute: number };

export type Person = {
  id: string;
  languages: string[];
  /** Slots the person is at the summit and free to meet. */
  availableSlotIds: string[];
  /** Slots taken by programme sessions the person speaks at, moderates or sits in. */
  blockedSlotIds: string[];
  maxMeetingsPerDay: number;
};

export type Place = { id: string; name: string };

/**
 * Minutes to walk or ride between two places, the same both ways. A pair not listed is next door
 * (0 minutes), so an instance only lists the places that are apart.
 */
export type TravelTime = { fromPlaceId: string; toPlaceId: string; minutes: number };

export type MeetingKind = 'g2g' | 'b2b';
export type Priority = 'must' | 'want' | 'could';

/** A G2G room or a B2B table; capacity counts every person of both sides. */
export type Room = { id: string; kind: MeetingKind; capacity: number; placeId: string; availableSlotIds: string[] };

/** An interpreter covers a meeting whose sides speak one language each of one of the pairs. */
export type Interpreter = { id: string; languagePairs: [string, string][]; availableSlotIds: string[] };

/** One side of a meeting: a delegation's head and named members, or a company's participants. */
export type RequestSide = { personIds: string[]; languages: string[] };

/** A secretariat's lock: the meeting stays in this slot, room and interpreter whatever else changes. */
export type MeetingLock = { slotId: string; roomId: string; interpreterId: string | null };

export type MeetingRequest = {
  id: string;
  kind: MeetingKind;
  priority: Priority;
  sides: [RequestSide, RequestSide];
  /**
   * Days the meeting may take place. A hard constraint: delegations name the days they are in Baku
   * or Astrakhan, and a meeting on another day would not happen; empty or absent means any day.
   */
  preferredDays?: number[];
  /** G2G protocol order: 0 is the host province's governor, then the configured rank list. */
  protocolRank?: number;
  lock?: MeetingLock;
};

export type SchedulingInstance = {
  slots: Slot[];
  people: Person[];
  places: Place[];
  travelTimes: TravelTime[];
  rooms: Room[];
  interpreters: Interpreter[];
  requests: MeetingRequest[];
};

export type Assignment = { requestId: string; slotId: string; roomId: string; interpreterId: string | null };

/** Where the upper bound comes from: the Lagrangian relaxation, the LP relaxation, or a MIP's proof of optimality. */
export type BoundSource = 'lagrangian' | 'lp' | 'mip';

export type ScheduleStats = {
  scheduled: number;
  requests: number;
  greedyObjective: number;
  iterations: number;
  improvements: number;
  boundSource: BoundSource;
};

export type ScheduleResult = {
  assignments: Assignment[];
  /** Sum of the weights of scheduled requests, protocol tie-break included (weights.ts). */
  objective: number;
  upperBound: number;
  /** (upperBound − objective) / upperBound: how far from optimal the schedule can at most be. */
  gap: number;
  stats: ScheduleStats;
};

/** Randomness and time come in from outside, so a schedule is the same for the same seed. */
export type SearchLimits = { rng: () => number; clock: () => number; budgetMs?: number; iterations?: number };
