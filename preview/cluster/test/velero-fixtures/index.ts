/**
 * The one fixtures module of the Velero and OADP tests: OADP installed (`oadp`), backups
 * written into the bucket or taken from a namespace's live objects (`bucket`, `live-backup`),
 * and the test client's HTTP (`http`).
 */
export * from './oadp';
export * from './bucket';
export * from './live-backup';
export * from './http';
