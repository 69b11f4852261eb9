// Entry point (being built): arguments → load → analyse → render or export.
console.log('riposte');
