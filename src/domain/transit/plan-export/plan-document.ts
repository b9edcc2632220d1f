import type { TFunction } from 'i18next';
import { LOCALE_DIRECTION, type Locale } from '../../../platform/i18n/locales.ts';
import { TRANSIT_MODES, type CargoType, type ParetoRoute, type RouteStep } from '../model.ts';
import type { ParameterUnit } from '../network/parameters.ts';

/** A parameter of the cost and time model as it stood when the plan was made. */
export type PlanParameter = {
  key: string;
  value: number;
  unit: ParameterUnit;
  source: string | null;
  assumption: boolean;
};

/** What was asked, with the places already named in the reader's language; a null scenario is the baseline network. */
export type PlanQuery = {
  fromName: string;
  toName: string;
  cargo: CargoType;
  month: number;
  tonnes: number;
  scenarioName: string | null;
};

/** Everything a transit plan prints; `t` is bound to `locale` (see `serverMessages`). */
export type PlanInput = {
  query: PlanQuery;
  routes: readonly ParetoRoute[];
  /** A node's name in the reader's language. */
  nodeName: (nodeId: string) => string;
  networkVersion: number;
  generatedAt: Date;
  parameters: readonly PlanParameter[];
  locale: Locale;
  t: TFunction;
};

/**
 * A cell as both formats print it: the PDF its text, the workbook its number or its date (with an
 * Excel number format) when it has one. A date holds its wall-clock time in UTC fields.
 */
export type PlanCell = {
  text: string;
  number?: { value: number; format: string };
  date?: { value: Date; format: string };
};
/** `widthChars` is the workbook's column width and, scaled to the page, the PDF's. */
export type PlanColumn = { header: string; widthChars: number; numeric: boolean };
export type PlanTable = { columns: PlanColumn[]; rows: PlanCell[][] };
/** `name` is short enough for a sheet tab; `heading` stands above the table in the PDF. */
export type PlanSection = { name: string; heading: string; table: PlanTable; notes: string[] };

export type PlanDocument = {
  rightToLeft: boolean;
  title: string;
  /** One row: cargo, month, tonnes, scenario, network version, generated. */
  facts: PlanTable;
  summary: PlanSection;
  routes: PlanSection[];
  parameters: PlanSection;
  pageLabel: (page: number, pages: number) => string;
};

type Numbers = {
  cell: (value: number, fractionDigits: number, excelSuffix?: string) => PlanCell;
  text: (value: number, fractionDigits?: number) => string;
};

function numbersIn(locale: Locale): Numbers {
  const text = (value: number, fractionDigits = 0) =>
    new Intl.NumberFormat(locale, {
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    }).format(value);
  const cell = (value: number, fractionDigits: number, excelSuffix = '') => ({
    text: text(value, fractionDigits),
    number: { value, format: `#,##0${fractionDigits > 0 ? `.${'0'.repeat(fractionDigits)}` : ''}${excelSuffix}` },
  });
  return { cell, text };
}

const textCell = (text: string): PlanCell => ({ text });
const column = (header: string, widthChars: number, numeric = false): PlanColumn => ({ header, widthChars, numeric });

/** Whole hours as days and hours ("2 d 5 h"), the way a journey of several days is told. */
function formatDuration(hours: number, t: TFunction, numbers: Numbers): string {
  const wholeHours = Math.round(hours);
  const days = Math.floor(wholeHours / 24);
  const rest = numbers.text(wholeHours % 24);
  return days > 0
    ? t('transit.plan.duration_days', { days: numbers.text(days), hours: rest })
    : t('transit.plan.duration_hours', { hours: rest });
}

function factsOf({ query, networkVersion, generatedAt, locale, t }: PlanInput, numbers: Numbers): PlanTable {
  // The month of travel is a Gregorian month (seasonal closures are set that way), also in Persian.
  const month = new Intl.DateTimeFormat(locale, { month: 'long', calendar: 'gregory', timeZone: 'UTC' }).format(
    Date.UTC(2001, query.month - 1, 15),
  );
  const dateLanguage = locale === 'fa' ? 'fa-IR-u-ca-persian' : locale;
  const instant = {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
    timeZoneName: 'short',
  } as const;
  const generated = new Intl.DateTimeFormat(dateLanguage, instant).format(generatedAt);
  const keys = ['cargo', 'month', 'tonnes', 'scenario', 'network_version', 'generated_at'];
  return {
    // Not aligned as numbers: the one row reads as label and value, a number flush with its neighbour would run into it.
    columns: keys.map((key) =>
      column(t(`transit.fact.${key}`), key === 'generated_at' || key === 'scenario' ? 30 : 16),
    ),
    rows: [
      [
        textCell(t(`transit.cargo.${query.cargo}`)),
        textCell(month),
        numbers.cell(query.tonnes, Number.isInteger(query.tonnes) ? 0 : 2),
        textCell(query.scenarioName ?? t('transit.plan.baseline')),
        {
          text: new Intl.NumberFormat(locale, { useGrouping: false }).format(networkVersion),
          number: { value: networkVersion, format: '0' },
        },
        // Generated in UTC, which the Excel format writes after the time: a Date's UTC fields are what ExcelJS stores.
        { text: generated, date: { value: generatedAt, format: 'yyyy-mm-dd hh:mm "UTC"' } },
      ],
    ],
  };
}

function bestOf(route: ParetoRoute, { locale, t }: PlanInput): string {
  return new Intl.ListFormat(locale).format(route.bestFor.map((best) => t(`transit.best.${best}`)));
}

function summaryOf(input: PlanInput, numbers: Numbers): PlanSection {
  const { t, query } = input;
  const header = (key: string) => t(`transit.column.${key}`);
  const columns = [
    column(header('route'), 8, true),
    column(header('best_for'), 22),
    column(header('time'), 14, true),
    column(header('usd_per_tonne'), 12, true),
    column(header('usd_total'), 14, true),
    column(header('borders'), 9, true),
    column(header('co2_kg_per_tonne'), 11, true),
    column(header('co2_total_kg'), 13, true),
    column(header('distance_km'), 12, true),
    column(header('estimated_km'), 13, true),
  ];
  const rows = input.routes.map((route, index) => [
    numbers.cell(index + 1, 0),
    textCell(bestOf(route, input)),
    {
      text: formatDuration(route.totals.hours, t, numbers),
      number: numbers.cell(route.totals.hours, 1, ` "${t('transit.unit.hours')}"`).number,
    },
    numbers.cell(route.totals.usdPerTonne, 2),
    numbers.cell(route.totals.usdPerTonne * query.tonnes, 0),
    numbers.cell(route.totals.borders, 0),
    numbers.cell(route.totals.co2KgPerTonne, 1),
    numbers.cell(route.totals.co2KgPerTonne * query.tonnes, 0),
    numbers.cell(route.totals.distanceKm, 0),
    numbers.cell(route.totals.estimatedDistanceKm, 0),
  ]);
  const notes = [detourNote(input, numbers), t('transit.plan.note_penalties')];
  return { name: t('transit.sheet.summary'), heading: t('transit.plan.summary'), table: { columns, rows }, notes };
}

function detourNote({ parameters, locale, t }: PlanInput, numbers: Numbers): string {
  const factors = TRANSIT_MODES.flatMap((mode) => {
    const factor = parameters.find((parameter) => parameter.key === `detour_factor.${mode}`);
    return factor
      ? [t('transit.plan.detour', { mode: t(`transit.mode.${mode}`), factor: numbers.text(factor.value, 2) })]
      : [];
  });
  return t('transit.plan.note_estimate', { factors: new Intl.ListFormat(locale).format(factors) });
}

function penaltiesOf(step: RouteStep, { nodeName, t }: PlanInput, numbers: Numbers): string {
  return step.penalties
    .map((penalty) =>
      t('transit.plan.penalty', {
        kind: t(`transit.penalty.${penalty.kind}`),
        place: nodeName(penalty.nodeId),
        hours: numbers.text(penalty.hours, 1),
        cost: numbers.text(penalty.usdPerTonne, 2),
      }),
    )
    .join('\n');
}

function routeSectionOf(route: ParetoRoute, index: number, input: PlanInput, numbers: Numbers): PlanSection {
  const { t, nodeName } = input;
  const header = (key: string) => t(`transit.column.${key}`);
  const columns = [
    column(header('step'), 5, true),
    column(header('from'), 18),
    column(header('to'), 18),
    column(header('mode'), 14),
    column(header('distance_km'), 11, true),
    column(header('estimate'), 11),
    column(header('travel_hours'), 10, true),
    column(header('usd_per_tonne'), 11, true),
    column(header('co2_kg_per_tonne'), 10, true),
    column(header('border'), 8),
    column(header('penalties'), 42),
  ];
  const rows = route.steps.map((step, stepIndex) => [
    numbers.cell(stepIndex + 1, 0),
    textCell(nodeName(step.fromNodeId)),
    textCell(nodeName(step.toNodeId)),
    textCell(t(`transit.mode.${step.mode}`)),
    numbers.cell(step.distanceKm, 0),
    textCell(step.distanceEstimated ? t('transit.plan.estimated') : ''),
    numbers.cell(step.travelHours, 1),
    numbers.cell(step.travelUsdPerTonne, 2),
    numbers.cell(step.co2KgPerTonne, 1),
    textCell(step.crossesBorder ? t('transit.plan.yes') : ''),
    textCell(penaltiesOf(step, input, numbers)),
  ]);
  const number = numbers.text(index + 1);
  const heading =
    route.bestFor.length > 0
      ? t('transit.plan.route_best', { number, best: bestOf(route, input) })
      : t('transit.plan.route', { number });
  return { name: t('transit.plan.route', { number }), heading, table: { columns, rows }, notes: [] };
}

function parameterLabel(key: string, t: TFunction): string {
  const [family = key, mode, cargo] = key.split('.');
  return t(`transit.parameter.${family}`, {
    defaultValue: key,
    ...(mode && { mode: t(`transit.mode.${mode}`) }),
    ...(cargo && { cargo: t(`transit.cargo.${cargo}`) }),
  });
}

function basisOf(parameter: PlanParameter, t: TFunction): string {
  const basis = [
    parameter.source ? t('transit.plan.source', { source: parameter.source }) : null,
    parameter.assumption ? t('transit.plan.assumption') : null,
  ];
  return basis.filter((part) => part !== null).join('; ');
}

function parametersOf({ parameters, locale, t }: PlanInput): PlanSection {
  const header = (key: string) => t(`transit.column.${key}`);
  const columns = [
    column(header('parameter'), 36),
    column(header('key'), 30),
    column(header('value'), 10, true),
    column(header('unit'), 16),
    column(header('basis'), 50),
  ];
  const valueText = new Intl.NumberFormat(locale, { maximumFractionDigits: 4 });
  const rows = parameters.map((parameter) => [
    textCell(parameterLabel(parameter.key, t)),
    textCell(parameter.key),
    { text: valueText.format(parameter.value), number: { value: parameter.value, format: 'General' } },
    textCell(t(`transit.unit.${parameter.unit}`)),
    textCell(basisOf(parameter, t)),
  ]);
  return {
    name: t('transit.sheet.parameters'),
    heading: t('transit.plan.parameters'),
    table: { columns, rows },
    notes: [t('transit.plan.note_assumption')],
  };
}

/** The plan in the reader's language and digits, laid out as tables that the PDF and the workbook both print. */
export function composePlanDocument(input: PlanInput): PlanDocument {
  const numbers = numbersIn(input.locale);
  const { t, query } = input;
  return {
    rightToLeft: LOCALE_DIRECTION[input.locale] === 'rtl',
    title: t('transit.plan.title', { from: query.fromName, to: query.toName }),
    facts: factsOf(input, numbers),
    summary: summaryOf(input, numbers),
    routes: input.routes.map((route, index) => routeSectionOf(route, index, input, numbers)),
    parameters: parametersOf(input),
    pageLabel: (page, pages) => t('transit.plan.page', { page: numbers.text(page), pages: numbers.text(pages) }),
  };
}
