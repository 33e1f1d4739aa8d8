import { k8sPatch } from '@openshift-console/dynamic-plugin-sdk';
import { render, screen } from '@testing-library/react';
import { CloneDescription } from './CloneDescription';

describe('CloneDescription: a typed description is never silently lost (issue 10 part 2)', () => {
  it('while the VM does not exist yet, says plainly that closing the dialog drops it', () => {
    render(
      <CloneDescription clone={undefined} target="vm-new" namespace="ns" description="for QA" />,
    );
    const pending = screen.getByTestId('description-pending');
    expect(pending).toHaveTextContent('The description is added once the VM exists');
    expect(pending).toHaveTextContent(
      'Keep this dialog open until then. If you close it earlier, the description is not added to vm-new; add it to the VM yourself.',
    );
    expect(k8sPatch).not.toHaveBeenCalled();
  });

  it('says nothing when no description was typed', () => {
    render(<CloneDescription clone={undefined} target="vm-new" namespace="ns" description="  " />);
    expect(screen.queryByTestId('description-pending')).not.toBeInTheDocument();
  });
});
