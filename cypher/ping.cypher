// Liveness of the database for /ready: the cheapest query that needs a working server.
RETURN $probe AS probe
