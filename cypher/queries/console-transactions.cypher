// The running transactions of the console ($app in their metadata), all of them or one request's ($request), for
// ConsoleRunner to terminate: at its deadline (timeout + grace) and when the app stops.
SHOW TRANSACTIONS YIELD transactionId, metaData
WHERE metaData.app = $app AND ($request IS NULL OR metaData.request = $request)
RETURN transactionId AS id
