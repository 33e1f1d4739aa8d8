import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

export const VM_REF = 'kubevirt.io~v1~VirtualMachine';
export const SNAPSHOT_REF = 'snapshot.kubevirt.io~v1beta1~VirtualMachineSnapshot';

/** The preview console's frame: navigation, user menu, the header Actions menu. */
export class ConsolePage {
  constructor(readonly page: Page) {}

  /** Plugin load or `$codeRef` failures the console shows above every page. */
  get pluginProblems(): Locator {
    return this.page.locator('[data-test="plugin-problem"]');
  }

  get heading(): Locator {
    return this.page.locator('[data-test="page-heading"]').first();
  }

  async open(path: string, user?: 'admin' | 'developer' | 'viewer') {
    const query = user ? `${path.includes('?') ? '&' : '?'}user=${user}` : '';
    await this.page.goto(`${path}${query}`);
    await expect(this.page.getByRole('navigation', { name: 'Navigation' })).toBeVisible();
    await expect(this.pluginProblems).toHaveCount(0);
  }

  async openVMList(ns: string, user?: 'admin' | 'developer' | 'viewer') {
    await this.open(`/k8s/ns/${ns}/${VM_REF}`, user);
  }

  /** A VM's details page, on `tab` (the tab's href, e.g. `snapshots`) or on Details. */
  async openVM(ns: string, name: string, tab = '', user?: 'admin' | 'developer' | 'viewer') {
    await this.open(`/k8s/ns/${ns}/${VM_REF}/${name}${tab ? `/${tab}` : ''}`, user);
    await expect(this.heading).toContainText(name);
  }

  async openSnapshot(ns: string, name: string, user?: 'admin' | 'developer' | 'viewer') {
    await this.open(`/k8s/ns/${ns}/${SNAPSHOT_REF}/${name}`, user);
  }

  tab(name: string): Locator {
    return this.page.getByRole('tab', { name, exact: true });
  }

  /** Opens the page header's Actions menu (console.action/resource-provider actions). */
  async openActions(): Promise<Locator> {
    await this.page.locator('[data-test="actions-menu-button"]').click();
    const menu = this.page.getByRole('menu');
    await expect(menu).toBeVisible();
    return menu;
  }

  /** A menu entry by its label (the console marks its item with `data-test-action`). */
  action(label: string): Locator {
    return this.page.locator(`[data-test-action="${label}"]`).getByRole('menuitem');
  }

  /** The tooltip shown for the hovered element. */
  get tooltip(): Locator {
    return this.page.getByRole('tooltip');
  }

  async switchUser(user: 'admin' | 'developer' | 'viewer') {
    await this.page.locator('[data-test="user-switcher"]').click();
    await this.page.getByRole('menuitem', { name: new RegExp(`^${user}`) }).click();
    await expect(this.page.locator('[data-test="user-switcher"]')).toHaveText(user);
  }
}
