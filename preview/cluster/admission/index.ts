/** Loads every admission plugin (each registers itself) and re-exports `admit`. */
import './core';
import './kubevirt-snapshot';
import './kubevirt-clone';
import './kubevirt-vm';

export { admit } from './admission';
