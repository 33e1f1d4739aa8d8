import type { Action } from '@openshift-console/dynamic-plugin-sdk';
import { menuSections } from './menu-groups';

const action = (id: string, path?: string): Action => ({ id, label: id, cta: () => {}, path });

const ids = (actions: Action[]) =>
  menuSections(actions).map((s) => [s.id, s.divider, s.actions.map((a) => a.id)]);

describe("menuSections: the console's $top and $bottom groups", () => {
  it("puts $top first and $bottom last behind a divider, keeping the providers' order", () => {
    expect(
      ids([
        action('edit-labels', '$bottom'),
        action('take-snapshot'),
        action('delete', '$bottom'),
        action('start', '$top'),
        action('back-up'),
      ]),
    ).toEqual([
      ['$top', true, ['start']],
      ['', false, ['take-snapshot', 'back-up']],
      ['$bottom', true, ['edit-labels', 'delete']],
    ]);
  });

  it('a group alone still starts with its divider; an empty section is left out', () => {
    expect(ids([action('edit-labels', '$bottom')])).toEqual([['$bottom', true, ['edit-labels']]]);
    expect(ids([])).toEqual([]);
  });
});
