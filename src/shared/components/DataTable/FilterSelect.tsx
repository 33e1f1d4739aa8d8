import { Badge, MenuToggle, Select, SelectList, SelectOption } from '@patternfly/react-core';
import type { MenuToggleElement } from '@patternfly/react-core';
import { useState } from 'react';

type FilterSelectProps = {
  label: string;
  ariaLabel: string;
  options: { value: string; label: string }[];
  selected: string[];
  onChange: (selected: string[]) => void;
};

/** A multi-select checkbox filter (e.g. by status). */
export const FilterSelect = ({
  label,
  ariaLabel,
  options,
  selected,
  onChange,
}: FilterSelectProps) => {
  const [open, setOpen] = useState(false);
  const toggle = (value: string) =>
    onChange(selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value]);
  return (
    <Select
      role="menu"
      isOpen={open}
      selected={selected}
      onOpenChange={setOpen}
      onSelect={(_event, value) => toggle(String(value))}
      toggle={(ref: React.Ref<MenuToggleElement>) => (
        <MenuToggle
          ref={ref}
          aria-label={ariaLabel}
          onClick={() => setOpen(!open)}
          isExpanded={open}
          badge={selected.length ? <Badge isRead>{selected.length}</Badge> : undefined}
        >
          {label}
        </MenuToggle>
      )}
    >
      <SelectList aria-label={label}>
        {options.map((option) => (
          <SelectOption
            key={option.value}
            value={option.value}
            hasCheckbox
            isSelected={selected.includes(option.value)}
          >
            {option.label}
          </SelectOption>
        ))}
      </SelectList>
    </Select>
  );
};
