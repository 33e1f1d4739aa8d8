import type { Locator, Page } from '@playwright/test';

/** One of the plugin's modals (ModalShell), found by its title. */
export class Modal {
  readonly dialog: Locator;

  constructor(
    readonly page: Page,
    title: string,
  ) {
    this.dialog = page.getByRole('dialog', { name: title });
  }

  get submit(): Locator {
    return this.dialog.locator('[data-test="modal-submit"]');
  }

  get error(): Locator {
    return this.dialog.locator('[data-test="modal-error"]');
  }

  get cancel(): Locator {
    return this.dialog.getByRole('button', { name: 'Cancel' });
  }
}

export class TakeSnapshotModal extends Modal {
  constructor(page: Page) {
    super(page, 'Take snapshot');
  }

  get name(): Locator {
    return this.dialog.locator('[data-test="snapshot-name"]');
  }

  get nameError(): Locator {
    return this.dialog.locator('[data-test="snapshot-name-error"]');
  }

  get acknowledge(): Locator {
    return this.dialog.locator('[data-test="acknowledge-disks"]');
  }

  get notIncluded(): Locator {
    return this.dialog.locator('[data-test="disks-not-included"]');
  }
}

export class RestoreModal extends Modal {
  constructor(page: Page) {
    super(page, 'Restore VM from snapshot');
  }

  get stopTarget(): Locator {
    return this.dialog.locator('[data-test="stop-target"]');
  }

  get runningWarning(): Locator {
    return this.dialog.locator('[data-test="running-vm"]');
  }

  /** "Type <vm> to confirm". */
  get confirmName(): Locator {
    return this.dialog.locator('[data-test="confirm-name"]');
  }

  get progress(): Locator {
    return this.dialog.locator('[data-test="restore-progress"]');
  }
}

export class CreateVMModal extends Modal {
  constructor(page: Page) {
    super(page, 'Create VM from snapshot');
  }

  get name(): Locator {
    return this.dialog.locator('[data-test="new-vm-name"]');
  }
}

export class DeleteSnapshotModal extends Modal {
  constructor(page: Page) {
    super(page, 'Delete snapshot?');
  }
}
