import { isKubevirtPluginEnabled, setKubevirtPluginFlags } from './kubevirtPlugin';

type WithServerFlags = Window & { SERVER_FLAGS?: { consolePlugins?: unknown } };

afterEach(() => {
  delete (window as WithServerFlags).SERVER_FLAGS;
});

describe('kubevirt-plugin detection', () => {
  it('reads the console list of enabled plugins', () => {
    expect(isKubevirtPluginEnabled({ consolePlugins: ['a', 'kubevirt-plugin'] })).toBe(true);
    expect(isKubevirtPluginEnabled({ consolePlugins: ['kubevirt'] })).toBe(false);
    expect(isKubevirtPluginEnabled({ consolePlugins: 'kubevirt-plugin' })).toBe(false);
    expect(isKubevirtPluginEnabled(undefined)).toBe(false);
  });

  it('sets VDP_WITHOUT_KUBEVIRT_PLUGIN from SERVER_FLAGS when the console loads us', () => {
    const setFlag = jest.fn();
    (window as WithServerFlags).SERVER_FLAGS = { consolePlugins: ['kubevirt-plugin'] };
    setKubevirtPluginFlags(setFlag);
    (window as WithServerFlags).SERVER_FLAGS = { consolePlugins: ['vm-data-protection-plugin'] };
    setKubevirtPluginFlags(setFlag);
    expect(setFlag.mock.calls).toEqual([
      ['VDP_WITHOUT_KUBEVIRT_PLUGIN', false],
      ['VDP_WITHOUT_KUBEVIRT_PLUGIN', true],
    ]);
  });
});
