import { render, screen } from '@testing-library/react';
import fs from 'fs';
import path from 'path';
import { createPortal as realCreatePortal } from 'react-dom';
import { createPortal } from './portalOnlyReactDOM';

const root = path.resolve(__dirname, '../../..');

/** Every `ReactDOM.x` / `from 'react-dom'` use in the files under `dir`. */
const reactDomUses = (dir: string): string[] =>
  fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(m?js|tsx?)$/.test(f) && !f.includes('.spec.') && !f.includes('react-dom'))
    .flatMap((f) => {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      return [
        ...[...text.matchAll(/ReactDOM\.([A-Za-z_]+)/g)].map((m) => m[1]),
        ...[...text.matchAll(/import \{([^}]*)\} from 'react-dom'/g)].flatMap((m) =>
          m[1].split(',').map((s) => s.trim()),
        ),
      ];
    });

describe('the plugin build’s react-dom (createPortal only)', () => {
  it('makes the element React 18’s createPortal makes', () => {
    const container = document.createElement('div');
    expect(createPortal('x', container, 'k')).toEqual(realCreatePortal('x', container, 'k'));
    expect(createPortal('x', container)).toEqual(realCreatePortal('x', container));
  });

  it('renders into its container through the real react-dom', () => {
    const target = document.createElement('div');
    document.body.appendChild(target);
    render(<div>{createPortal(<p>in the portal</p>, target)}</div>);
    expect(target).toContainElement(screen.getByText('in the portal'));
  });

  it('is all PatternFly and our code use of react-dom', () => {
    const uses = new Set([
      ...reactDomUses(path.join(root, 'node_modules/@patternfly/react-core/dist/esm')),
      ...reactDomUses(path.join(root, 'node_modules/@patternfly/react-table/dist/esm')),
      ...reactDomUses(path.join(root, 'src')),
    ]);
    expect([...uses]).toEqual(['createPortal']);
  });
});
