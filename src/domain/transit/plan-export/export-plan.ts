import type { z } from 'zod';
import type { RequestContext } from '../../../platform/context/request-context.ts';
import { XLSX_MEDIA_TYPE } from '../../../platform/xlsx/table-workbook.ts';
import { textIn } from '../../../platform/i18n/localized-text.ts';
import type { Locale } from '../../../platform/i18n/locales.ts';
import { serverMessages } from '../../../platform/i18n/server-messages.ts';
import { listProvinces } from '../../provinces/service.ts';
import { parameterDefinition } from '../network/parameters.ts';
import { planTransit, type Endpoint, type PlanWithContext } from '../planning/plan.ts';
import type { PlanInput } from './plan-document.ts';
import { renderPlanPdf } from './plan-pdf.ts';
import { renderPlanXlsx } from './plan-xlsx.ts';
import type { RouteQuery } from '../schema.ts';

export const PLAN_MEDIA_TYPES = {
  pdf: 'application/pdf',
  xlsx: XLSX_MEDIA_TYPE,
} as const;
export type PlanFormat = keyof typeof PLAN_MEDIA_TYPES;

async function planInput(
  context: RequestContext,
  { plan, loaded, scenario }: PlanWithContext,
  locale: Locale,
): Promise<PlanInput> {
  const nodeNames = new Map(loaded.network.nodes.map((node) => [node.id, node.names]));
  const provinceNames = new Map((await listProvinces(context)).map((province) => [province.id, province.names]));
  const nameOf = (endpoint: Endpoint) =>
    textIn(endpoint.kind === 'node' ? nodeNames.get(endpoint.id) : provinceNames.get(endpoint.id), locale) ||
    endpoint.id;
  return {
    query: {
      fromName: nameOf(plan.from),
      toName: nameOf(plan.to),
      cargo: plan.cargo,
      month: plan.month,
      tonnes: plan.tonnes,
      scenarioName: scenario ? textIn(scenario.name, locale) : null,
    },
    routes: plan.routes,
    nodeName: (nodeId) => textIn(nodeNames.get(nodeId), locale) || nodeId,
    networkVersion: plan.networkVersion,
    generatedAt: context.now,
    parameters: loaded.parameterRows.map((row) => ({
      key: row.key,
      value: row.value,
      unit: parameterDefinition(row.key)!.unit,
      source: row.source,
      assumption: row.assumption,
    })),
    locale,
    t: serverMessages(locale),
  };
}

/** The plan of a route query as a file, in the reader's language; "no route" and bad places fail as they do for the query itself. */
export async function exportPlan(
  context: RequestContext,
  query: z.output<typeof RouteQuery>,
  format: PlanFormat,
  locale: Locale,
): Promise<{ file: Buffer; fileName: string }> {
  const planned = await planTransit(context, query);
  const input = await planInput(context, planned, locale);
  const file = format === 'pdf' ? await renderPlanPdf(input) : await renderPlanXlsx(input);
  return { file, fileName: `transit-plan-${planned.plan.from.id}-${planned.plan.to.id}.${format}` };
}
