import { describe, expect, it } from 'vitest';
import { signedIn } from '../../../platform/testing/factories/users.ts';
import { useTwoInstances } from '../../../platform/testing/two-instances.ts';

const serverUrl = process.env.DATABASE_URL;
const PAIR = '/api/transit/province-transit?from=gilan&to=mangystau&cargo=container';

/** The cache lives in the database: an instance never answers from what it computed before another instance changed the network. */
describe.runIf(serverUrl)('two instances sharing the transit cache', () => {
  const { handles, apps } = useTwoInstances(serverUrl!);

  it('answers with the new network on the other instance right after a change, and edits from both instances each move the version on', async () => {
    const staff = await signedIn(handles[0]!.db, { role: 'secretariat_staff' });
    const headers = { cookie: staff.cookie, 'x-csrf-token': staff.csrfToken };
    const before = (await apps[1]!.inject({ method: 'GET', url: PAIR })).json();
    expect(before.routeFound).toBe(true);
    const speeds = await Promise.all(
      apps.map((app, index) =>
        app.inject({
          method: 'PUT',
          url: `/api/transit/parameters/speed_kmh.${index === 0 ? 'sea' : 'road'}`,
          headers,
          payload: { value: 40, source: null, assumption: true },
        }),
      ),
    );
    expect(speeds.map((response) => response.statusCode)).toEqual([200, 200]);
    const after = (await apps[1]!.inject({ method: 'GET', url: PAIR })).json();
    expect(after.networkVersion).toBe(before.networkVersion + 2);
    expect(after.fastest.hours).toBeLessThan(before.fastest.hours);
    expect((await apps[0]!.inject({ method: 'GET', url: PAIR })).json()).toEqual(after);
  });
});
