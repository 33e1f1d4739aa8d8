import type { Action } from '@openshift-console/dynamic-plugin-sdk';

/** One section of an actions menu: a group (`$top`, `$bottom`) has a divider before it. */
export type MenuSection = { id: string; actions: Action[]; divider: boolean };

/**
 * The console's `createMenuOptions` (console-shared `components/actions/utils.ts`) for the
 * default groups only: actions with `path: '$top'` first, then those without a path in the
 * order the providers gave them, then `path: '$bottom'`. As there (`GroupMenuContent`), each
 * group starts with a divider, even at the top of the menu. Other paths (`console.action/group`
 * groups and submenus) are not modelled and stay in the middle.
 */
export const menuSections = (actions: Action[]): MenuSection[] => {
  const top = actions.filter((a) => a.path === '$top');
  const bottom = actions.filter((a) => a.path === '$bottom');
  const middle = actions.filter((a) => a.path !== '$top' && a.path !== '$bottom');
  const sections: MenuSection[] = [
    { id: '$top', actions: top, divider: true },
    { id: '', actions: middle, divider: false },
    { id: '$bottom', actions: bottom, divider: true },
  ];
  return sections.filter((s) => s.actions.length > 0);
};
