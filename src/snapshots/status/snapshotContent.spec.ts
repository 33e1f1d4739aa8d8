import {
  makeContent,
  makeReadySnapshot,
  makeVMSpec,
} from '../../test-utils/snapshotContentFixtures';
import {
  claimOf,
  hasBackendStorage,
  hasPartialIndication,
  snapshotVMSpec,
  unbackedClaimVolumes,
} from './snapshotContent';

describe('snapshot content helpers', () => {
  it('reads the stored VM spec and the claim behind a volume', () => {
    const spec = makeVMSpec();
    expect(snapshotVMSpec(makeContent(spec))).toBe(spec);
    expect(snapshotVMSpec(undefined)).toBeUndefined();
    expect(claimOf({ name: 'a', dataVolume: { name: 'dv' } })).toBe('dv');
    expect(claimOf({ name: 'a', persistentVolumeClaim: { claimName: 'pvc' } })).toBe('pvc');
    expect(claimOf({ name: 'a', containerDisk: { image: 'x' } })).toBeUndefined();
  });

  it('finds persistent TPM or EFI (backend storage)', () => {
    const spec = makeVMSpec();
    expect(hasBackendStorage(spec)).toBe(false);
    const tpm = makeVMSpec();
    tpm.template.spec!.domain.devices.tpm = { persistent: true };
    expect(hasBackendStorage(tpm)).toBe(true);
    const efi = makeVMSpec();
    efi.template.spec!.domain.firmware = { bootloader: { efi: { persistent: true } } };
    expect(hasBackendStorage(efi)).toBe(true);
    const nonPersistentTpm = makeVMSpec();
    nonPersistentTpm.template.spec!.domain.devices.tpm = {};
    expect(hasBackendStorage(nonPersistentTpm)).toBe(false);
  });

  it('lists no unbacked claims for a complete snapshot (cloud-init is not a claim)', () => {
    expect(unbackedClaimVolumes(makeReadySnapshot(), makeContent())).toEqual([]);
  });

  it('lists a PVC volume that was excluded or has no backup', () => {
    const snapshot = makeReadySnapshot('snap-1', {
      snapshotVolumes: {
        includedVolumes: ['rootdisk'],
        excludedVolumes: ['datadisk', 'cloudinitdisk'],
      },
    });
    expect(unbackedClaimVolumes(snapshot, makeContent())).toEqual(['datadisk']);
    const content = makeContent(makeVMSpec(), 'vmsc-snap-1', []);
    expect(unbackedClaimVolumes(makeReadySnapshot(), content)).toEqual(['rootdisk', 'datadisk']);
  });

  it('cannot tell without the content, but reads the PartialSnapshot indication', () => {
    expect(unbackedClaimVolumes(makeReadySnapshot(), undefined)).toEqual([]);
    expect(hasPartialIndication(makeReadySnapshot())).toBe(false);
    expect(
      hasPartialIndication(
        makeReadySnapshot('s', {
          sourceIndications: [
            { indication: 'PartialSnapshot', message: 'Some volumes were excluded' },
          ],
        }),
      ),
    ).toBe(true);
    expect(hasPartialIndication(makeReadySnapshot('s', { indications: ['PartialSnapshot'] }))).toBe(
      true,
    );
  });
});
