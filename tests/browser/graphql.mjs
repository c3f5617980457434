// What the page should show, asked of the API over HTTP (not hard-coded).
export async function graphql(base, query, variables = {}, token) {
  const headers = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(`${base}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  if (body.errors) throw new Error(`GraphQL error: ${JSON.stringify(body.errors)}`);
  return body.data;
}

export async function login(base, username, password) {
  const data = await graphql(
    base,
    'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }',
    { u: username, p: password },
  );
  return data.login.accessToken;
}

/// The name of the current village safety officer of the village `name`.
export async function officerOf(base, token, name) {
  const found = await graphql(base, 'query($q: String) { nodes(search: $q, level: VILLAGE) { nodes { id name } } }', { q: name }, token);
  const village = found.nodes.nodes.find((n) => n.name === name);
  if (!village) throw new Error(`${name} not found`);
  const data = await graphql(
    base,
    'query($id: ID!) { gridNode(id: $id) { appointments { role person { name } } } }',
    { id: village.id },
    token,
  );
  const officer = data.gridNode.appointments.find((a) => a.role === 'VILLAGE_OFFICER');
  if (!officer) throw new Error(`${name} has no village officer`);
  return officer.person.name;
}
