// server tells the time in the zone named by ?tz= (UTC when none is given).
package main

import (
	"fmt"
	"log"
	"net/http"
	"time"
)

func main() {
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		loc := time.UTC
		if name := r.URL.Query().Get("tz"); name != "" {
			l, err := time.LoadLocation(name)
			if err != nil {
				http.Error(w, err.Error(), http.StatusBadRequest)
				return
			}
			loc = l
		}
		fmt.Fprintln(w, time.Now().In(loc).Format(time.RFC3339))
	})
	log.Println("listening on :8080")
	log.Fatal(http.ListenAndServe(":8080", nil))
}
