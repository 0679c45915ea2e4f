// Inventory service of the prefecture appointment platform.
module gitlab.interieur.example/rdv/inventory-service

go 1.22.1

toolchain go1.22.5

godebug (
	default=go1.21
	panicnil=1
)

require (
	github.com/gin-gonic/gin v1.9.1
	github.com/jackc/pgx/v5 v5.5.5
	github.com/redis/go-redis/v9 v9.5.1
	github.com/prometheus/client_golang v1.19.0
	"github.com/spf13/cobra" v1.8.0 // pinned for the CLI
	gitlab.interieur.example/rdv/common v0.0.0-00010101000000-000000000000
	golang.org/x/crypto v0.21.0
)

require (
	github.com/bytedance/sonic v1.11.3 // indirect
	github.com/gin-contrib/sse v0.1.0 // indirect
	github.com/go-playground/validator/v10 v10.19.0 // indirect
	github.com/jackc/puddle/v2 v2.2.1 // indirect
	golang.org/x/net v0.22.0 // indirect
	gopkg.in/yaml.v3 v3.0.1 // indirect
)

require github.com/google/uuid v1.6.0

exclude github.com/gin-gonic/gin v1.9.0

exclude (
	golang.org/x/net v0.17.0
)

// Our fork carries the fix for the TLS renegotiation bug until upstream releases it.
replace golang.org/x/crypto => github.com/interieur-forks/crypto v0.21.1-0.20240318101500-5a1f2b3c4d5e

replace golang.org/x/net v0.22.0 => golang.org/x/net v0.23.0

replace golang.org/x/net v0.10.0 => golang.org/x/net v0.11.0

replace gitlab.interieur.example/rdv/common => ../common

retract (
	v1.0.0 // published by mistake
	[v1.1.0, v1.1.4] // broken schema migrations
)

tool golang.org/x/tools/cmd/stringer
