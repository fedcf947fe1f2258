-- Why were inputs rejected? Records per reason code, with the bytes they held and one example message.
SELECT reason, count(*) AS records, sum(bytes) AS bytes, count(DISTINCT source_file) AS files,
       min(message) AS example_message
FROM rejects
GROUP BY reason
ORDER BY records DESC, reason;
