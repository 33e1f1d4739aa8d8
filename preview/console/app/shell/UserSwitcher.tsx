import { Dropdown, DropdownItem, DropdownList, MenuToggle } from '@patternfly/react-core';
import { UserIcon } from '@patternfly/react-icons';
import { useState } from 'react';
import { switchUser, USERS } from '../users';
import type { PreviewUser } from '../users';

const DESCRIPTIONS: Record<PreviewUser, string> = {
  admin: 'Cluster admin: may do everything',
  developer: 'Edits VMs and snapshots in demo',
  viewer: 'Reads, may not change anything',
};

/** Masthead menu to act as another user; the choice is remembered and reloads the app. */
export const UserSwitcher = ({ user, users }: { user: PreviewUser; users: readonly string[] }) => {
  const [open, setOpen] = useState(false);
  return (
    <Dropdown
      isOpen={open}
      onOpenChange={setOpen}
      onSelect={(_e, value) => {
        setOpen(false);
        if (value !== user) {
          switchUser(value as PreviewUser);
        }
      }}
      popperProps={{ position: 'right' }}
      toggle={(ref) => (
        <MenuToggle
          ref={ref}
          variant="plainText"
          icon={<UserIcon />}
          onClick={() => setOpen(!open)}
          isExpanded={open}
          aria-label={`User: ${user}`}
          data-test="user-switcher"
        >
          {user}
        </MenuToggle>
      )}
    >
      <DropdownList>
        {USERS.filter((u) => users.includes(u)).map((u) => (
          <DropdownItem key={u} value={u} description={DESCRIPTIONS[u]} isSelected={u === user}>
            {u}
          </DropdownItem>
        ))}
      </DropdownList>
    </Dropdown>
  );
};
