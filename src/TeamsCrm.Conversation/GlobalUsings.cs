// Text handling every part of the conversation needs (culture-aware formatting, recognition by regular
// expressions). CRM namespaces stay explicit, so each file shows which part of the CRM it talks about.
global using System.Globalization;
global using System.Text;
global using System.Text.RegularExpressions;
