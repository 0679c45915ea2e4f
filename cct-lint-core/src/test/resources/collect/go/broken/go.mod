module example.org/broken

go one.twenty

require (
	github.com/gin-gonic/gin v1.9.1
	github.com/sirupsen/logrus
	"github.com/unterminated v1.0.0
)

requires github.com/typo/pkg v1.0.0

replace github.com/a/b => github.com/c/d

require github.com/stretchr/testify v1.9.0

require (
	github.com/never/closed v1.0.0
