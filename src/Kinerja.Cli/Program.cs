using System.Text;
using Kinerja.Cli;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return KinerjaCli.Run(args, Console.Out, Console.Error);
