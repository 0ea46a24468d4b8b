-- wrk script: every request carries the bearer token from the TOKEN environment variable.
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
