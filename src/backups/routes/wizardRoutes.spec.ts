import { backupWizardHref, restoreWizardHref, vmsFromQuery } from './wizardRoutes';

describe('wizard routes', () => {
  it('links the backup wizard with VMs preselected, and as Create schedule', () => {
    expect(backupWizardHref()).toBe('/data-protection/backups/~new');
    expect(
      backupWizardHref({ vms: [{ namespace: 'demo', name: 'fedora-web' }], schedule: true }),
    ).toBe('/data-protection/backups/~new?vm=demo%2Ffedora-web&schedule=true');
  });

  it('links the restore wizard from a backup, a schedule or a VM', () => {
    expect(restoreWizardHref({ backup: 'demo-nightly-1' })).toBe(
      '/data-protection/restores/~new?backup=demo-nightly-1',
    );
    expect(
      restoreWizardHref({ schedule: 'demo-nightly', vms: [{ namespace: 'demo', name: 'a' }] }),
    ).toBe('/data-protection/restores/~new?schedule=demo-nightly&vm=demo%2Fa');
  });

  it('reads the preselected VMs back, leaving malformed ones out', () => {
    const params = new URLSearchParams('vm=demo%2Fa&vm=bad&vm=%2Fx&vm=ns%2Fb');
    expect(vmsFromQuery(params)).toEqual([
      { namespace: 'demo', name: 'a' },
      { namespace: 'ns', name: 'b' },
    ]);
  });
});
