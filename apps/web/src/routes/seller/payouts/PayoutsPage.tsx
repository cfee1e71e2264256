export function PayoutsPage() { return <h1>PayoutsPage</h1>; }
