/**
 * The readiness checklist (DESIGN §6 "Readiness", research/oadp-velero.md §0a, §3.2): each item
 * ok, a problem, or unknown (no permission, not loaded — never shown as ready). A problem that
 * makes the backup fail or hold no data blocks Create; one that makes it partial needs an
 * acknowledgement.
 */
export type CheckId =
  | 'oadp-installed'
  | 'dpa-reconciled'
  | 'plugin-kubevirt'
  | 'plugin-csi'
  | 'plugin-openshift'
  | 'node-agent'
  | 'location-available'
  | 'snapshot-class';

export type CheckState = 'ok' | 'problem' | 'unknown';
export type Severity = 'blocking' | 'partial';

export type CheckResult = {
  id: CheckId;
  state: CheckState;
  severity: Severity;
  /** Facts for the text: a message, a driver, the disks concerned. */
  params: Record<string, string>;
};

export type ReadinessInput = {
  /** The VDP_OADP flag; undefined while pending. */
  oadpInstalled: boolean | undefined;
  /** undefined: not loaded or not allowed. */
  dpa?: {
    name: string;
    reconciled?: { status: string; message?: string };
    plugins: string[];
    nodeAgent: boolean;
  } | null;
  /** undefined: not loaded or not allowed. */
  locations?: { name: string; phase?: string; message?: string; isDefault?: boolean }[];
  dataMover: boolean;
  /** The disks of the picked VMs, with their storage class's CSI driver (provisioner). */
  disks: { vm: string; pvc: string; storageClass?: string; driver?: string }[];
  /** undefined: not loaded or not allowed. Labelled = has `velero.io/csi-volumesnapshot-class`. */
  snapshotClasses?: { name: string; driver: string; labelled: boolean }[];
};

const result = (
  id: CheckId,
  state: CheckState,
  severity: Severity,
  params: Record<string, string> = {},
): CheckResult => ({
  id,
  state,
  severity,
  params,
});

const pluginCheck = (
  input: ReadinessInput,
  id: CheckId,
  plugin: string,
  severity: Severity,
): CheckResult =>
  !input.dpa
    ? result(id, 'unknown', severity, { plugin })
    : result(id, input.dpa.plugins.includes(plugin) ? 'ok' : 'problem', severity, {
        plugin,
        dpa: input.dpa.name,
      });

/** Velero 1.16's class choice for a driver (research §0a): a labelled class, else its only class. */
export const classForDriver = (
  classes: NonNullable<ReadinessInput['snapshotClasses']>,
  driver: string,
): string | undefined => {
  const ofDriver = classes.filter((c) => c.driver === driver);
  return (ofDriver.find((c) => c.labelled) ?? (ofDriver.length === 1 ? ofDriver[0] : undefined))
    ?.name;
};

const snapshotClassCheck = (input: ReadinessInput): CheckResult => {
  if (!input.snapshotClasses) return result('snapshot-class', 'unknown', 'partial');
  const classes = input.snapshotClasses;
  const missing = input.disks.filter((d) => !d.driver || !classForDriver(classes, d.driver));
  if (missing.length === 0) return result('snapshot-class', 'ok', 'partial');
  const drivers = [...new Set(missing.map((d) => d.driver ?? d.storageClass ?? '?'))];
  return result('snapshot-class', 'problem', 'partial', {
    disks: missing.map((d) => `${d.vm}/${d.pvc}`).join(', '),
    drivers: drivers.join(', '),
  });
};

export const readinessChecks = (input: ReadinessInput): CheckResult[] => {
  const installed =
    input.oadpInstalled === undefined
      ? result('oadp-installed', 'unknown', 'blocking')
      : result('oadp-installed', input.oadpInstalled ? 'ok' : 'problem', 'blocking');
  const reconciled = !input.dpa
    ? result('dpa-reconciled', input.dpa === null ? 'problem' : 'unknown', 'blocking')
    : result(
        'dpa-reconciled',
        input.dpa.reconciled?.status === 'True' ? 'ok' : 'problem',
        'blocking',
        {
          dpa: input.dpa.name,
          message: input.dpa.reconciled?.message ?? '',
        },
      );
  const available = input.locations?.filter((l) => l.phase === 'Available') ?? [];
  const location = !input.locations
    ? result('location-available', 'unknown', 'blocking')
    : result('location-available', available.length > 0 ? 'ok' : 'problem', 'blocking', {
        messages: input.locations
          .map((l) => `${l.name}: ${l.message ?? l.phase ?? '?'}`)
          .join('; '),
      });
  const checks = [
    installed,
    reconciled,
    pluginCheck(input, 'plugin-kubevirt', 'kubevirt', 'partial'),
    // Without csi a VM backup still ends Completed, with no disk data: that must block.
    pluginCheck(input, 'plugin-csi', 'csi', 'blocking'),
    pluginCheck(input, 'plugin-openshift', 'openshift', 'partial'),
    location,
    snapshotClassCheck(input),
  ];
  if (input.dataMover)
    checks.splice(
      5,
      0,
      !input.dpa
        ? result('node-agent', 'unknown', 'blocking')
        : result('node-agent', input.dpa.nodeAgent ? 'ok' : 'problem', 'blocking', {
            dpa: input.dpa.name,
          }),
    );
  return checks;
};

/** Create is blocked by any blocking problem; partial problems need an acknowledgement. */
export const readinessVerdict = (
  checks: CheckResult[],
): { blocked: boolean; needsAck: boolean } => ({
  blocked: checks.some((c) => c.state === 'problem' && c.severity === 'blocking'),
  needsAck: checks.some(
    (c) => c.state !== 'ok' && !(c.state === 'problem' && c.severity === 'blocking'),
  ),
});
