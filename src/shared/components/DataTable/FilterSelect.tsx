import { Badge, MenuToggle, Select, SelectList, SelectOption } from '@patternfly/react-core';
import type { MenuToggleElement } from '@patternfly/react-core';
import { useState } from 'react';
import { usePluginTranslation } from '../../hooks/usePluginTranslation';

type FilterSelectProps = {
  label: string;
  ariaLabel: string;
  options: { value: string; label: string }[];
  selected: string[];
  onChange: (selected: string[]) => void;
  /** The badge with the number selected (a filter's); off where it would not mean "filtered". */
  showCount?: boolean;
};

/** A multi-select checkbox filter (e.g. by status), also the table's column chooser. */
export const FilterSelect = ({
  label,
  ariaLabel,
  options,
  selected,
  onChange,
  showCount = true,
}: FilterSelectProps) => {
  const { t } = usePluginTranslation();
  const [open, setOpen] = useState(false);
  const count = showCount ? selected.length : 0;
  // WCAG 2.5.3: with a selection the toggle shows "Status 2", so its name must contain that;
  // the space keeps label and badge two words for axe's label-content-name-mismatch.
  const name = count
    ? t('{{filter}}: {{label}} {{count}} selected', {
        filter: ariaLabel,
        label,
        count,
        defaultValue_other: '{{filter}}: {{label}} {{count}} selected',
      })
    : ariaLabel;
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
          aria-label={name}
          onClick={() => setOpen(!open)}
          isExpanded={open}
          badge={count ? <Badge isRead>{count}</Badge> : undefined}
        >
          {count ? `${label} ` : label}
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
