namespace TeamsCrm.Core.Partners;

/// <summary>What a partner organisation may do with a shared account or deal. Higher includes lower.</summary>
public enum ShareLevel
{
    /// <summary>See the redacted record and its shared comments.</summary>
    Read = 1,
    /// <summary>Also add shared comments.</summary>
    Contribute = 2,
    /// <summary>Also move shared deals through the pipeline and receive handoffs.</summary>
    Edit = 3,
}
