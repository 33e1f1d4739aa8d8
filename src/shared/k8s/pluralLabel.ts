/**
 * The English plural of a kind's label for `labelPlural`: StorageClass → StorageClasses,
 * Policy → Policies, VirtualMachine → VirtualMachines (never "StorageClasss").
 */
export const pluralLabel = (label: string): string => {
  if (/(s|x|z|ch|sh)$/.test(label)) {
    return `${label}es`;
  }
  if (/[^aeiou]y$/.test(label)) {
    return `${label.slice(0, -1)}ies`;
  }
  return `${label}s`;
};
