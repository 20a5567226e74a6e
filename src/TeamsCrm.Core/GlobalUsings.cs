// The cross-cutting namespaces nearly every use case and record of Core needs: results and errors (Common),
// the access policy (Access) and the use-case plumbing (Application). Domain namespaces stay explicit.
global using TeamsCrm.Core.Access;
global using TeamsCrm.Core.Application;
global using TeamsCrm.Core.Common;
