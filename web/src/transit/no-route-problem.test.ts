import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../api/client.ts';
import { blockedLegsOf, isNoRoute } from './no-route-problem.ts';

describe('a "no route" answer', () => {
  const problem = (extra: Record<string, unknown>) =>
    new ApiProblem({ type: 't', title: 'No route', status: 422, detail: 'd', code: 'transit_no_route', ...extra });

  it('names the legs in the way with their reasons, dropping entries it cannot read', () => {
    const answer = problem({
      blockedLegs: [
        { legId: 'ir-astara__bc-astara__road', reason: 'closed_node' },
        { legId: 'x', reason: 'gremlins' },
        'junk',
      ],
    });
    expect(isNoRoute(answer)).toBe(true);
    expect(blockedLegsOf(answer)).toEqual([{ legId: 'ir-astara__bc-astara__road', reason: 'closed_node' }]);
  });

  it('has no legs to name when the server sent none', () => {
    expect(blockedLegsOf(problem({}))).toEqual([]);
    expect(
      isNoRoute(new ApiProblem({ type: 't', title: 'x', status: 404, detail: 'd', code: 'transit_place_not_found' })),
    ).toBe(false);
  });
});
