export function AffiliateCenterPage() { return <h1>AffiliateCenterPage</h1>; }
