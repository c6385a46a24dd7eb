Console.WriteLine("PacsLab: being built.");
return 0;
