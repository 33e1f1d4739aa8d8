import type { Locator, Page } from '@playwright/test';

/** The plugin's Snapshots tab on a VM details page. */
export class SnapshotsTab {
  constructor(readonly page: Page) {}

  get rows(): Locator {
    return this.page.locator('tbody tr');
  }

  /** The row whose name link is exactly `name`. */
  row(name: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  get takeSnapshotButton(): Locator {
    return this.page.getByRole('button', { name: 'Take snapshot' }).first();
  }

  rowActionsToggle(name: string): Locator {
    return this.row(name).getByRole('button', { name: `Actions for ${name}` });
  }

  /** Opens a row's kebab and clicks `label` (Restore VM from snapshot, Delete snapshot, ...). */
  async rowAction(name: string, label: string) {
    await this.rowActionsToggle(name).click();
    await this.page.getByRole('menuitem', { name: label }).click();
  }
}
