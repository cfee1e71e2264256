export function AffiliatesPage() { return <h1>AffiliatesPage</h1>; }
