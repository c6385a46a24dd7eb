using PacsLab.Cli;

return await PacsLabCommandLine.Create().Parse(args).InvokeAsync();
