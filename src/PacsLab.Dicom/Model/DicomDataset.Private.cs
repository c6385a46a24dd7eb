namespace PacsLab.Dicom;

public sealed partial class DicomDataset
{
    /// <summary>
    /// The tag of a private element by creator (PS3.5 7.8.1): finds the block (gggg,00xx) whose Private Creator is
    /// <paramref name="creator"/> and returns (gggg,xxEE) for <paramref name="elementOffset"/> EE. Null when no
    /// block of that creator exists in the group.
    /// </summary>
    public DicomTag? FindPrivateTag(ushort group, string creator, byte elementOffset)
    {
        var block = FindPrivateBlock(group, creator);
        return block is { } b ? new DicomTag(group, (ushort)((b << 8) | elementOffset)) : null;
    }

    /// <summary>Like <see cref="FindPrivateTag"/>, but reserves the lowest free block for the creator when it has none.</summary>
    public DicomTag ReservePrivateTag(ushort group, string creator, byte elementOffset)
    {
        if ((group & 1) == 0 || group <= 0x0008)
            throw new ArgumentOutOfRangeException(nameof(group), $"Group {group:X4} is not a private group; private groups are odd and above 0008.");
        var block = FindPrivateBlock(group, creator);
        if (block is null)
        {
            for (ushort candidate = 0x10; candidate <= 0xFF; candidate++)
            {
                if (Contains(new DicomTag(group, candidate))) continue;
                AddOrUpdate(new DicomTag(group, candidate), DicomVR.LO, creator);
                block = candidate;
                break;
            }
        }
        if (block is null) throw new InvalidOperationException($"All 240 private blocks of group {group:X4} are taken.");
        return new DicomTag(group, (ushort)((block.Value << 8) | elementOffset));
    }

    /// <summary>The Private Creator that reserved the block a private element sits in; null if none did.</summary>
    public string? GetPrivateCreator(DicomTag tag) =>
        tag.IsPrivate && !tag.IsPrivateCreator && tag.Element >= 0x1000 ? GetString(tag.PrivateCreatorTag) : null;

    private ushort? FindPrivateBlock(ushort group, string creator)
    {
        for (ushort element = 0x10; element <= 0xFF; element++)
        {
            if (this[new DicomTag(group, element)] is not DicomElement) continue;
            if (string.Equals(GetString(new DicomTag(group, element)), creator.Trim(), StringComparison.Ordinal)) return element;
        }
        return null;
    }
}
