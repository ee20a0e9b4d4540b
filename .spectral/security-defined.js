// Like Spectral's oas3-operation-security-defined, with OpenAPI 3.1's role names: every scheme an operation names
// must exist; an OAuth2 scheme's list holds scopes its flows declare, a bearer scheme's list holds role names that
// the scheme declares in x-roles.
export default (requirement, _options, { document, path }) => {
  const schemes = document.data?.components?.securitySchemes ?? {};
  const results = [];
  for (const [name, values] of Object.entries(requirement ?? {})) {
    const scheme = schemes[name];
    if (!scheme) {
      results.push({ message: `"${name}" is not a scheme of components.securitySchemes.`, path: [...path, name] });
      continue;
    }
    const declared = scheme.type === 'oauth2'
      ? Object.values(scheme.flows ?? {}).flatMap(flow => Object.keys(flow?.scopes ?? {}))
      : Object.keys(scheme['x-roles'] ?? {});
    (values ?? []).forEach((value, i) => {
      if (!declared.includes(value)) {
        results.push({ message: `"${value}" is not declared by the scheme "${name}".`, path: [...path, name, i] });
      }
    });
  }
  return results;
};
