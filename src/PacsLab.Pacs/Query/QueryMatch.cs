using PacsLab.Dicom;

namespace PacsLab.Pacs.Query;

/// <summary>One entity that satisfied a query: the response identifier, and the index row it came from.</summary>
public sealed record QueryMatch(QueryLevel Level, DicomDataset Response, long RowId);
